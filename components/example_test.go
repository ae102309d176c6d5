package components_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/jovo-go/jovo/components"
	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/platform/aiflow"
)

// order is the app of the examples: LAUNCH runs start, and the handlers
// the components resolve to say what happened.
type order struct {
	start    framework.HandlerFunc
	children []framework.Component
}

func (o order) Define(d *framework.Def) {
	d.Name("Order").Components(o.children...)
	d.Handle(framework.Launch, o.start)
	d.Handle("OnYes", say("Your order is placed."))
	d.Handle("OnNo", say("Okay, I won't place it."))
	d.Handle("OnCancel", say("Let's leave it then."))
	d.Handle("OnCollected", func(c *framework.Context) error {
		return c.Send(&aiflow.Speak{Text: "Looking up order " + c.ResolveArgs()[0].(string) + "."})
	})
	d.Handle("OnSelected", func(c *framework.Context) error {
		return c.Send(&aiflow.Speak{Text: "You chose " + components.Selection(c).Key + "."})
	})
	d.Handle("OnInput", func(c *framework.Context) error {
		return c.Send(&aiflow.Speak{Text: "Nice to meet you, " + c.ResolveArgs()[0].(string) + "."})
	})
	d.Handle("OnFailed", say("Shall I take a message instead?"))
	d.Handle(framework.Unhandled, func(c *framework.Context) error {
		return c.Send(&aiflow.Speak{Text: "You said: " + c.Input.Text})
	})
}

func say(text string) framework.HandlerFunc {
	return func(c *framework.Context) error { return c.Send(&aiflow.Speak{Text: text}) }
}

// talk runs a call through app and prints each event and the actions it
// got back.
func talk(app *framework.App, steps ...aiflow.Step) {
	if err := app.Initialize(context.Background()); err != nil {
		fmt.Println(err)
		return
	}
	for _, st := range steps {
		ev := st.Event
		fmt.Println(strings.TrimSpace(fmt.Sprintf("> %s %s%s", ev.Type, ev.Text, ev.Digit)))
		req, err := st.Request()
		if err != nil {
			fmt.Println(err)
			return
		}
		res, err := app.Handle(context.Background(), req)
		if err != nil {
			fmt.Println(err)
			return
		}
		if res.Err != nil {
			fmt.Println("error:", res.Err)
		}
		acts, _ := res.Response.Native.([]aiflow.Action)
		for _, a := range acts {
			switch a := a.(type) {
			case *aiflow.Speak:
				fmt.Printf("< speak %q\n", a.Text)
			case *aiflow.Transfer:
				fmt.Printf("< transfer to %s, ringing %d s\n", a.TargetPhoneNumber, a.Timeout)
			default:
				fmt.Printf("< %s\n", a.Type())
			}
		}
	}
}

func newApp(locale string, root framework.Component, plugins ...framework.Plugin) *framework.App {
	app := framework.New(framework.Config{Locale: locale, Components: []framework.Component{root}})
	return app.Use(aiflow.New(aiflow.Config{})).Use(plugins...)
}

func ExampleYesNo() {
	root := order{children: []framework.Component{components.YesNo{}}, start: func(c *framework.Context) error {
		return c.Delegate("YesNo", framework.DelegateOptions{
			Resolve: map[string]string{"yes": "OnYes", "no": "OnNo", "cancel": "OnCancel"},
			Config: components.YesNoConfig{Settings: components.Settings{
				Texts: components.Texts{"prompt": "Shall I place the order?"},
			}}.Map(),
		})
	}}
	call := aiflow.NewCall("call-1")
	talk(newApp("en-US", root), call.Start(), call.Say("hmm"), call.Press("1"))
	// Output:
	// > session_start
	// < speak "Shall I place the order?"
	// > user_speak hmm
	// < speak "Sorry, I didn't get that. Please say yes or no, or press 1 for yes and 2 for no."
	// > dtmf_received 1
	// < speak "Your order is placed."
}

func ExampleDigits() {
	root := order{children: []framework.Component{components.Digits{}}, start: func(c *framework.Context) error {
		return c.Delegate("Digits", framework.DelegateOptions{
			Resolve: map[string]string{"collected": "OnCollected", "cancel": "OnCancel"},
			Config:  components.DigitsConfig{Length: 4, Confirm: true}.Map(),
		})
	}}
	call := aiflow.NewCall("call-1")
	talk(newApp("de-DE", root), call.Start(), call.Press("4"), call.Say("zwei eins sieben"), call.Say("ja"))
	// Output:
	// > session_start
	// < speak "Bitte geben Sie Ihre 4-stellige Nummer über die Tastatur ein, oder sagen Sie sie Ziffer für Ziffer."
	// > dtmf_received 4
	// < barge_in
	// > user_speak zwei eins sieben
	// < speak "Sie haben 4 2 1 7 eingegeben. Ist das richtig?"
	// > user_speak ja
	// < speak "Looking up order 4217."
}

func ExampleMenu() {
	menu := components.Menu{Config: components.MenuConfig{Options: []components.MenuOption{
		{Key: "pizza", Digit: "1", Labels: map[string]string{"en": "pizza"}},
		{Key: "pasta", Digit: "2", Labels: map[string]string{"en": "pasta"}, Synonyms: []string{"noodles", "spaghetti"}},
	}}}
	root := order{children: []framework.Component{menu}, start: func(c *framework.Context) error {
		return c.Delegate("Menu", framework.DelegateOptions{
			Resolve: map[string]string{"selected": "OnSelected", "cancel": "OnCancel"},
		})
	}}
	call := aiflow.NewCall("call-1")
	talk(newApp("en-US", root), call.Start(), call.Say("some spaghetti please"))
	// Output:
	// > session_start
	// < speak "Please choose one of the following options. For pizza, press 1. For pasta, press 2."
	// > user_speak some spaghetti please
	// < speak "You chose pasta."
}

func ExampleNoInput() {
	root := order{children: []framework.Component{components.NoInput{}}, start: func(c *framework.Context) error {
		return c.Delegate("NoInput", framework.DelegateOptions{
			Resolve: map[string]string{"input": "OnInput"},
			Config: components.NoInputConfig{Settings: components.Settings{
				Texts: components.Texts{"prompt": "What is your name?"}, NoInputRetries: 1,
			}}.Map(),
		})
	}}
	call := aiflow.NewCall("call-1")
	talk(newApp("en-US", root), call.Start(), call.Timeout(), call.Say("Ada"))
	// Output:
	// > session_start
	// < speak "What is your name?"
	// > user_input_timeout
	// < speak "Are you still there? What is your name?"
	// > user_speak Ada
	// < speak "Nice to meet you, Ada."
}

func ExampleTransfer() {
	root := order{children: []framework.Component{components.Transfer{}}, start: func(c *framework.Context) error {
		return c.Delegate("Transfer", framework.DelegateOptions{
			Resolve: map[string]string{"failed": "OnFailed"},
			Config:  components.TransferConfig{Target: "+4930123456", RingSeconds: 20}.Map(),
		})
	}}
	call := aiflow.NewCall("call-1")
	// The second session_start is the call coming back unanswered.
	talk(newApp("en-US", root), call.Start(), call.Start())
	// Output:
	// > session_start
	// < speak "Please hold, I'm connecting you."
	// < transfer to +4930123456, ringing 20 s
	// > session_start
	// < speak "I'm sorry, nobody is available right now."
	// < speak "Shall I take a message instead?"
}

func ExampleBargeIn() {
	root := order{start: say("Our special today is a pizza with artichokes, olives and capers.")}
	call := aiflow.NewCall("call-1")
	talk(newApp("en-US", root, components.BargeIn{}),
		call.Start(), call.BargeIn("um"), call.BargeIn("wait"), call.BargeIn("does it have cheese?"))
	// Output:
	// > session_start
	// < speak "Our special today is a pizza with artichokes, olives and capers."
	// > user_speak um
	// > user_speak wait
	// < barge_in
	// > user_speak does it have cheese?
	// < speak "You said: does it have cheese?"
}

func ExampleNoInputFallback() {
	root := order{start: say("What would you like to order?")}
	call := aiflow.NewCall("call-1")
	talk(newApp("de-DE", root, components.NoInputFallback{Config: components.Settings{NoInputRetries: 1}}),
		call.Start(), call.Timeout(), call.Timeout())
	// Output:
	// > session_start
	// < speak "What would you like to order?"
	// > user_input_timeout
	// < speak "Sind Sie noch da? What would you like to order?"
	// > user_input_timeout
	// < speak "Ich beende jetzt das Gespräch. Auf Wiederhören!"
	// < hangup
}

func ExampleParseDigits() {
	for _, s := range []string{"four two one", "vier zwo eins", "double seven, 0", "zweiundvierzig", "four hundred"} {
		fmt.Println(components.ParseDigits(s))
	}
	// Output:
	// 421 true
	// 421 true
	// 770 true
	// 42 true
	//  false
}

func ExampleParseYesNo() {
	for _, s := range []string{"yes please", "nein", "das stimmt nicht", "I'm not sure"} {
		fmt.Println(components.ParseYesNo(s))
	}
	// Output:
	// yes
	// no
	// no
	// unclear
}

func ExampleLuhn() {
	fmt.Println(components.Luhn("79927398713"), components.Luhn("79927398714"))
	// Output: true false
}
