package components

import (
	"fmt"
	"strings"

	"github.com/jovo-go/jovo/framework"
)

// The intents YesNo takes as an answer when an NLU sets them.
const (
	// YesIntent means yes.
	YesIntent = "YesIntent"
	// NoIntent means no.
	NoIntent = "NoIntent"
)

// YesNoConfig configures YesNo. Text keys: prompt, hint (tells the caller
// how to answer; {{yesKey}}, {{noKey}}), help (said when the caller asks
// for help, before the prompt; {{yesKey}}, {{noKey}}), unclear, noInput,
// ack, goodbye.
type YesNoConfig struct {
	Settings
	// YesKey is the key that means yes; "1" when empty.
	YesKey string `json:"yesKey,omitempty"`
	// NoKey is the key that means no; "2" when empty.
	NoKey string `json:"noKey,omitempty"`
}

// Map returns the config as the map DelegateOptions.Config takes: the
// JSON keys of the fields that are set.
func (y YesNoConfig) Map() map[string]any {
	w := make(writer)
	y.Settings.put(w)
	w.str("yesKey", y.YesKey)
	w.str("noKey", y.NoKey)
	return w
}

func (y YesNoConfig) settings() Settings { return y.Settings }

func (y YesNoConfig) with(r reader) (YesNoConfig, reader) {
	y.Settings = y.Settings.with(&r)
	r.str("yesKey", &y.YesKey)
	r.str("noKey", &y.NoKey)
	return y, r
}

func (y YesNoConfig) check() error {
	for _, k := range []string{y.yesKey(), y.noKey()} {
		if len(k) != 1 || !strings.Contains("0123456789*#", k) {
			return fmt.Errorf("key %q: want one of 0–9, * and #", k)
		}
	}
	if y.yesKey() == y.noKey() {
		return fmt.Errorf("yesKey and noKey are both %q", y.yesKey())
	}
	return nil
}

func (y YesNoConfig) yesKey() string { return or(y.YesKey, "1") }
func (y YesNoConfig) noKey() string  { return or(y.NoKey, "2") }

// YesNo asks for a confirmation, by speech (yes, no, ja, nein, "stimmt
// nicht", …; see ParseYesNo), by key (1 yes, 2 no) or by YesIntent and
// NoIntent. "Help" or "Hilfe" explains and asks again. It resolves
// EventYes, EventNo, or EventCancel when the caller asks to cancel or
// stays unclear after Retries re-asks.
type YesNo struct {
	// Config is the default config, under the config passed with Delegate.
	Config YesNoConfig
}

// Define registers YesNo as "YesNo".
func (y YesNo) Define(d *framework.Def) {
	d.Name("YesNo")
	r := &yesNo{cfg: newDefaults("YesNo", y.Config, "prompt", "hint", "help", "unclear", "noInput", "ack", "goodbye")}
	dialogue(d, r.start, r.answer, r.timeout, r.bargeIn)
}

// yesNo runs the handlers of a defined YesNo.
type yesNo struct {
	cfg *defaults[YesNoConfig]
}

func (y *yesNo) begin(c *framework.Context) (turn, YesNoConfig, error) {
	return begin(c, y.cfg)
}

func (y *yesNo) start(c *framework.Context) error {
	t, _, err := y.begin(c)
	if err != nil {
		return err
	}
	return t.ask("", t.text("prompt", nil))
}

func (y *yesNo) answer(c *framework.Context) error {
	t, cfg, err := y.begin(c)
	if err != nil {
		return err
	}
	t.heard()
	if a := read(c, cfg); a != Unclear {
		return decide(&t, a)
	}
	if !isKey(c) {
		switch ws := words(c.Input.Text); {
		case isCancel(ws):
			return t.finish(EventCancel)
		case isHelp(ws):
			// Asked for: not a miss.
			return t.speak(t.text("help", hintVars(cfg)), t.prompt())
		}
	}
	return t.unclear(func() error {
		return t.speak(t.text("unclear", nil), t.text("hint", hintVars(cfg)))
	})
}

func (y *yesNo) timeout(c *framework.Context) error {
	t, cfg, err := y.begin(c)
	if err != nil {
		return err
	}
	return t.silence(func() error {
		return t.speak(t.text("noInput", nil), t.prompt(), t.text("hint", hintVars(cfg)))
	})
}

func (y *yesNo) bargeIn(c *framework.Context) error {
	t, cfg, err := y.begin(c)
	if err != nil {
		return err
	}
	try := func() (bool, error) {
		if a := read(c, cfg); a != Unclear {
			t.heard()
			return true, decide(&t, a)
		}
		return false, nil
	}
	return t.bargeIn(try, func() error { return y.answer(c) })
}

// read reads the caller's answer from a key, an intent or the words.
func read(c *framework.Context, cfg YesNoConfig) Answer {
	if isKey(c) {
		switch pressed(c) {
		case cfg.yesKey():
			return Yes
		case cfg.noKey():
			return No
		}
		return Unclear
	}
	switch c.Input.IntentName() {
	case YesIntent:
		return Yes
	case NoIntent:
		return No
	}
	return ParseYesNo(c.Input.Text)
}

func decide(t *turn, a Answer) error {
	if a == Yes {
		return t.finish(EventYes)
	}
	return t.finish(EventNo)
}

func hintVars(cfg YesNoConfig) map[string]any {
	return map[string]any{"yesKey": cfg.yesKey(), "noKey": cfg.noKey()}
}

// or returns s, or def when s is empty.
func or(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
