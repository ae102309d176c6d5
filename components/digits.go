package components

import (
	"fmt"
	"maps"
	"strings"

	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/output"
	"github.com/jovo-go/jovo/platform/aiflow"
)

// Digits collects a number by keypad or by speech ("four two one", "vier
// zwei eins"; see ParseDigits), mixed as the caller likes: a fixed number
// of digits, or until KeyFinish; KeyRestart (or "start over") starts over,
// and "help" or "Hilfe" explains how to enter the number. The digits are
// checked for length and by the validator, read back and confirmed with
// the nested YesNo if Confirm is set, and resolved with EventCollected
// (ResolveArgs()[0] is the digits as a string), or EventCancel when the
// caller asks to cancel or the retries are used up; when a read-back ends
// without a yes (a no to the last one the retries allow, a cancel, or no
// clear answer), Digits says so first (text notConfirmed).
type Digits struct {
	// Config is the default config, under the config passed with Delegate.
	Config DigitsConfig
	// Validators are the checks a config may name in Validator.
	Validators map[string]ValidateFunc
	// Confirmation configures the nested YesNo that confirms the digits.
	// Its prompt is the read-back (text readBack) unless its Texts set
	// one; {{digits}} holds the digits in all its texts. Unset timeouts
	// and barge-in settings are taken from the Digits config.
	Confirmation YesNoConfig
}

// Define registers Digits as "Digits" with its confirmation, a YesNo, as
// a child.
func (dg Digits) Define(d *framework.Def) {
	d.Name("Digits").Components(YesNo{Config: dg.Confirmation})
	r := &digits{Digits: dg, cfg: newDefaults("Digits", dg.Config,
		"prompt", "promptOpen", "partial", "restart", "invalid", "wrongLength", "tooShort", "tooLong",
		"readBack", "retry", "notConfirmed", "help", "unclear", "noInput", "ack", "goodbye"),
		resolve: map[string]string{EventYes: "ConfirmYes", EventNo: "ConfirmNo", EventCancel: "ConfirmCancel"},
	}
	dialogue(d, r.start, r.answer, r.timeout, r.bargeIn)
	d.Handle("ConfirmYes", r.confirmed)
	d.Handle("ConfirmNo", r.rejected)
	d.Handle("ConfirmCancel", r.cancelled)
}

// digits runs the handlers of a defined Digits.
type digits struct {
	Digits
	cfg *defaults[DigitsConfig]
	// resolve maps the events of the nested YesNo to the handlers of
	// Digits. It is built once and never written to: Delegate copies it
	// into the state stack.
	resolve map[string]string
}

func (dg *digits) begin(c *framework.Context) (turn, DigitsConfig, error) {
	t, cfg, err := begin(c, dg.cfg)
	if err == nil && cfg.Validator != "" && dg.validator(cfg.Validator) == nil {
		err = fmt.Errorf("%w: Digits: no validator %q (Digits.Validators has none of that name)", ErrInvalidConfig, cfg.Validator)
	}
	return t, cfg, err
}

func (dg Digits) validator(name string) ValidateFunc {
	if v := dg.Validators[name]; v != nil {
		return v
	}
	if name == "luhn" {
		return func(_ *framework.Context, d string) bool { return Luhn(d) }
	}
	return nil
}

func (dg *digits) start(c *framework.Context) error {
	t, cfg, err := dg.begin(c)
	if err != nil {
		return err
	}
	return t.ask("", promptFor(&t, cfg))
}

// promptAgain is what Digits asks when it asks again in the middle of an
// entry: for the rest of the number when some digits are in (they stay),
// else for the number.
func promptAgain(t *turn, cfg DigitsConfig) string {
	if have := entered(t); have != "" {
		return askRest(t, have)
	}
	return promptFor(t, cfg)
}

// askRest asks for the rest of the number, have being in. The next key
// the caller presses stops that prompt (see key), as the first key of an
// entry stops the first.
func askRest(t *turn, have string) string {
	t.data[dataAskedOn] = true
	return t.text("partial", map[string]any{"digits": spaced(have)})
}

func promptFor(t *turn, cfg DigitsConfig) string {
	if cfg.Length > 0 {
		return t.text("prompt", map[string]any{"length": cfg.Length})
	}
	return t.text("promptOpen", nil)
}

func (dg *digits) answer(c *framework.Context) error {
	t, cfg, err := dg.begin(c)
	if err != nil {
		return err
	}
	t.heard()
	if isKey(c) {
		return dg.key(&t, cfg, pressed(c))
	}
	ws := words(c.Input.Text)
	switch {
	case findPhrase(ws, restartPhrases()...) > 0:
		return restart(&t, cfg)
	case isCancel(ws):
		return t.finish(EventCancel)
	}
	said, ok := ParseDigits(c.Input.Text)
	if !ok && isHelp(ws) {
		return help(&t, cfg)
	}
	if !ok {
		return t.unclear(func() error { return t.speak(t.text("unclear", nil), promptAgain(&t, cfg)) })
	}
	have := entered(&t) + said
	if cfg.Length > 0 && len(have) < cfg.Length {
		t.data[dataDigits] = have
		return t.speak(askRest(&t, have))
	}
	return dg.complete(&t, cfg, have)
}

// key handles one key press.
func (dg *digits) key(t *turn, cfg DigitsConfig, k string) error {
	have := entered(t)
	switch {
	case k == KeyRestart:
		return restart(t, cfg)
	case k == KeyFinish:
		return dg.complete(t, cfg, have)
	case len(k) != 1 || k[0] < '0' || k[0] > '9':
		return t.unclear(func() error { return t.speak(t.text("unclear", nil), promptAgain(t, cfg)) })
	}
	have += k
	switch {
	case cfg.Length > 0 && len(have) == cfg.Length:
		return dg.complete(t, cfg, have)
	case cfg.Length == 0 && len(have) > cfg.maxLength():
		return dg.reject(t, cfg, "tooLong")
	}
	t.data[dataDigits] = have
	_, askedOn := t.data[dataAskedOn]
	if len(have) == 1 || askedOn {
		// The caller started typing, or went on: stop the prompt if it
		// still plays.
		delete(t.data, dataAskedOn)
		return t.c.Send(&aiflow.BargeIn{})
	}
	return t.c.Send(aiflow.Empty{})
}

// complete checks an entry and resolves it, or has it confirmed first.
func (dg *digits) complete(t *turn, cfg DigitsConfig, have string) error {
	switch {
	case cfg.Length > 0 && len(have) != cfg.Length:
		return dg.reject(t, cfg, "wrongLength")
	case cfg.Length == 0 && len(have) < cfg.minLength():
		return dg.reject(t, cfg, "tooShort")
	case cfg.Length == 0 && len(have) > cfg.maxLength():
		return dg.reject(t, cfg, "tooLong")
	case cfg.Validator != "" && !dg.validator(cfg.Validator)(t.c, have):
		return dg.reject(t, cfg, "invalid")
	}
	dropEntry(t)
	if !cfg.Confirm {
		return t.finish(EventCollected, have)
	}
	t.data[dataPending] = have
	return dg.confirm(t, cfg, have)
}

// confirm delegates to the nested YesNo to confirm have. Its prompt is
// the read-back unless Confirmation's texts say otherwise: they win key
// by key, and may use {{digits}}. Settings it leaves unset are taken from
// cfg.
func (dg *digits) confirm(t *turn, cfg DigitsConfig, have string) error {
	yc := dg.Confirmation
	own := map[string]any{"digits": spaced(have)}
	// The texts and vars are maps of this turn's own (or a copy), never
	// empty: they go into the YesNo config as they are, where Map would
	// copy them once more.
	texts, vars := map[string]string(yc.Texts), merged(yc.Vars, own)
	if texts["prompt"] == "" {
		texts = merged(map[string]string{"prompt": t.text("readBack", own)}, texts)
	} else {
		texts = maps.Clone(texts)
	}
	yc.Texts, yc.Vars = nil, nil
	if yc.TimeoutSeconds == 0 {
		yc.TimeoutSeconds = cfg.TimeoutSeconds
	}
	if yc.NoInputRetries == 0 {
		yc.NoInputRetries = cfg.NoInputRetries
	}
	if yc.BargeIn == nil {
		yc.BargeIn = cfg.BargeIn
	}
	if yc.OnNoInput == "" {
		yc.OnNoInput = cfg.OnNoInput
	}
	config := yc.Map()
	config["texts"], config["vars"] = texts, vars
	return t.c.Delegate("YesNo", framework.DelegateOptions{Resolve: dg.resolve, Config: config})
}

// reject drops an entry that failed a check, says why and asks again.
func (dg *digits) reject(t *turn, cfg DigitsConfig, why string) error {
	dropEntry(t)
	return t.unclear(func() error {
		return t.speak(t.text(why, map[string]any{"length": cfg.Length}), promptFor(t, cfg))
	})
}

// help explains how to enter the number ({{length}} holds a fixed
// length), then asks for it, or for the rest of it, again. Asked for: not
// a miss.
func help(t *turn, cfg DigitsConfig) error {
	var vars map[string]any
	if cfg.Length > 0 {
		vars = map[string]any{"length": cfg.Length}
	}
	return t.speak(t.text("help", vars), promptAgain(t, cfg))
}

func restart(t *turn, cfg DigitsConfig) error {
	dropEntry(t)
	return t.speak(t.text("restart", nil), promptFor(t, cfg))
}

func (dg *digits) confirmed(c *framework.Context) error {
	t, _, err := dg.begin(c)
	if err != nil {
		return err
	}
	have := t.data[dataPending] // passed on as it is boxed: a string
	if _, ok := have.(string); !ok {
		have = ""
	}
	delete(t.data, dataPending)
	return t.finish(EventCollected, have)
}

// rejected runs when the caller said no to the read-back: Digits asks
// again, or once the retries are used up says that it took no number
// (text notConfirmed), so that the app need not, and resolves
// EventCancel.
func (dg *digits) rejected(c *framework.Context) error {
	t, cfg, err := dg.begin(c)
	if err != nil {
		return err
	}
	delete(t.data, dataPending)
	if incr(t.data, dataTries) > t.set.retries() {
		return notConfirmed(&t)
	}
	return t.ask(t.text("retry", nil), promptFor(&t, cfg))
}

// cancelled runs when the confirmation ended without a yes or a no: the
// caller asked to cancel, or stayed unclear.
func (dg *digits) cancelled(c *framework.Context) error {
	t, _, err := dg.begin(c)
	if err != nil {
		return err
	}
	delete(t.data, dataPending)
	return notConfirmed(&t)
}

// notConfirmed says that the number read back was not taken and resolves
// EventCancel, so the caller hears why the app moves on. The text arms no
// timer of its own: whatever the app says next, or the goodbye, decides.
func notConfirmed(t *turn) error {
	var buf [1]output.Output
	if outs := appendSpeeches(buf[:0], nil, 0, t.text("notConfirmed", nil)); len(outs) > 0 {
		if err := t.c.Send(outs...); err != nil {
			return err
		}
	}
	return t.finish(EventCancel)
}

func (dg *digits) timeout(c *framework.Context) error {
	t, cfg, err := dg.begin(c)
	if err != nil {
		return err
	}
	return t.silence(func() error { return t.speak(t.text("noInput", nil), promptAgain(&t, cfg)) })
}

func (dg *digits) bargeIn(c *framework.Context) error {
	t, _, err := dg.begin(c)
	if err != nil {
		return err
	}
	return t.bargeIn(nil, func() error { return dg.answer(c) })
}

// entered returns the digits entered so far.
// dropEntry forgets the digits entered so far, and that Digits asked for
// the rest of them.
func dropEntry(t *turn) {
	delete(t.data, dataDigits)
	delete(t.data, dataAskedOn)
}

func entered(t *turn) string { s, _ := t.data[dataDigits].(string); return s }

// spaced writes digits apart ("4 2 1") so that they are read one by one.
func spaced(digits string) string {
	var b strings.Builder
	b.Grow(2 * len(digits))
	for i, r := range digits {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
	}
	return b.String()
}
