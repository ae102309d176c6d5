package main

import (
	"context"
	"encoding/json"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/platform/aiflow"
)

// faulty is a global component the tests add to the demo: "boom" panics
// in its handler, and "slow" blocks until release lets it go, then
// answers.
type faulty struct {
	started chan string   // session ids of slow handlers that started
	release chan struct{} // a value lets one slow handler go, closing it all
	once    sync.Once
}

// newFaulty returns a faulty. Register t.Cleanup(f.free) after newEnv,
// so that its slow handlers are let go before the demo shuts down.
func newFaulty() *faulty {
	return &faulty{started: make(chan string, 1024), release: make(chan struct{})}
}

// free lets every slow handler go, now and later.
func (f *faulty) free() { f.once.Do(func() { close(f.release) }) }

// Define registers the global component "Faulty".
func (f *faulty) Define(d *framework.Def) {
	d.Name("Faulty").Global()
	d.Handle("Boom", func(c *framework.Context) error {
		panic("boom in the call of " + c.Session.ID)
	}, framework.Types(framework.InputText), framework.If(said("boom")), framework.PrioritizedOverUnhandled())
	d.Handle("Slow", f.slow, framework.Types(framework.InputText), framework.If(said("slow")), framework.PrioritizedOverUnhandled())
}

// slow tells it started, waits for release and answers.
func (f *faulty) slow(c *framework.Context) error {
	f.started <- c.Session.ID
	<-f.release
	return c.Send(&aiflow.Speak{Text: "late answer for " + c.Session.ID})
}

// said matches a text.
func said(text string) func(*framework.Context) bool {
	return func(c *framework.Context) bool { return c.Input.Text == text }
}

// panicHook is a plugin whose hook panics on "hook boom", before the
// router.
type panicHook struct{}

func (panicHook) Name() string { return "test.panicHook" }

func (panicHook) Install(r *framework.Registrar) error {
	r.Hook(framework.Before(framework.PhaseDialogueRouter), func(c *framework.Context, _ any) error {
		if c.Input.Text == "hook boom" {
			panic("hook boom in the call of " + c.Session.ID)
		}
		return nil
	})
	return nil
}

// TestPanicRecovery checks that a panicking handler or hook answers 500
// on the webhook and the app's fallback on a WebSocket, and that the call
// goes on where it was.
func TestPanicRecovery(t *testing.T) {
	for _, locale := range []string{localeEN, localeDE} {
		t.Run(locale, func(t *testing.T) {
			cfg := testConfig(locale)
			cfg.extra = []framework.Component{newFaulty()}
			cfg.plugins = []framework.Plugin{panicHook{}}
			e := newEnv(t, cfg)
			x := newTexts(t, locale)

			call := aiflow.NewCall("panic-http-" + locale)
			script(t, webhook{e}, x, call, []turn{greeting(), {give: press("2"), want: speaks()}})
			for _, boom := range []string{"boom", "hook boom"} {
				status, b := e.post(string(body(t, call.Say(boom))))
				assert.Equal(t, http.StatusInternalServerError, status, b)
				var msg struct{ Error string }
				require.NoError(t, json.Unmarshal([]byte(b), &msg), b)
				assert.NotEmpty(t, msg.Error)
			}
			// The failed turns saved nothing: the number entry goes on.
			script(t, webhook{e}, x, call, append(keypadNumber(), turn{give: press("1"), want: speaks(), say: registered("123456")}))

			ws := socket{e.dial()}
			call = aiflow.NewCall("panic-ws-" + locale)
			script(t, ws, x, call, []turn{greeting(),
				{give: say("boom", "boom"), want: speaks(), say: text("error")},
				{give: say("hook boom", "hook boom"), want: speaks(), say: text("error")},
				{give: press("1"), want: speaks(), say: menu("menu.again", "hours")},
			})

			panics := 0
			for _, le := range e.logs.FilterMessage("event").All() {
				if le.ContextMap()["outcome"] == "panic" {
					panics++
					assert.Contains(t, le.ContextMap()["stack"], "goroutine")
				}
			}
			assert.Equal(t, 4, panics)
			assert.NotContains(t, logText(t, e), "+4915112345678", "phone numbers are masked in the log")
		})
	}
}

// TestDeadlineFallback checks that an event whose handler is too slow is
// answered at the deadline with the demo's apology, that the late result
// is dropped, and that the call goes on.
func TestDeadlineFallback(t *testing.T) {
	for _, locale := range []string{localeEN, localeDE} {
		t.Run(locale, func(t *testing.T) {
			f := newFaulty()
			cfg := testConfig(locale)
			cfg.extra = []framework.Component{f}
			cfg.deadline = 300 * time.Millisecond
			e := newEnv(t, cfg)
			t.Cleanup(f.free)
			x := newTexts(t, locale)

			for _, transport := range []string{"webhook", "websocket"} {
				var l line = webhook{e}
				if transport == "websocket" {
					l = socket{e.dial()}
				}
				call := aiflow.NewCall("slow-" + transport + "-" + locale)
				script(t, l, x, call, []turn{greeting()})
				began := time.Now()
				script(t, l, x, call, []turn{{give: say("slow", "slow"), want: speaks(), say: text("tooSlow"),
					check: func(t *testing.T, acts []aiflow.Action) {
						sp := acts[0].(*aiflow.Speak)
						require.NotNil(t, sp.TTS)
						assert.Equal(t, locale, sp.TTS.Language)
						assert.Equal(t, float64(4), sp.UserInputTimeoutSeconds)
					}}})
				assert.GreaterOrEqual(t, time.Since(began), cfg.deadline)
				require.Equal(t, call.Session.ID, <-f.started)
				f.release <- struct{}{}
				// The next event waits until the slow handler returned;
				// its late answer is never sent.
				script(t, l, x, call, []turn{{give: press("1"), want: speaks(), say: menu("menu.again", "hours")}})
			}
			late := e.logs.FilterMessage("late result dropped").All()
			require.Len(t, late, 2)
			assert.NotContains(t, logText(t, e), "late answer for", "the late answer is not sent")
		})
	}
}

// waitStarted reads n session ids from started, or fails after waitLimit.
func waitStarted(t *testing.T, started <-chan string, n int) []string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), waitLimit)
	defer cancel()
	var ids []string
	for range n {
		select {
		case id := <-started:
			ids = append(ids, id)
		case <-ctx.Done():
			t.Fatalf("only %d of %d slow handlers started", len(ids), n)
		}
	}
	return ids
}
