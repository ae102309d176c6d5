package components_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jovo-go/jovo/components"
	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/platform/aiflow"
)

func menuOptions() []components.MenuOption {
	return []components.MenuOption{
		{Key: "sales", Digit: "1", Labels: map[string]string{"en": "sales", "de": "den Vertrieb"}, Synonyms: []string{"buy", "kaufen", "Vertrieb"}},
		{Key: "support", Digit: "2", Labels: map[string]string{"en": "support", "de": "den Kundendienst"}, Synonyms: []string{"help", "problem", "Hilfe", "Kundendienst"}},
		{Key: "account", Digit: "3", Labels: map[string]string{"en": "your account", "de": "Ihr Konto"}, Synonyms: []string{"Konto"}, Intent: "AccountIntent"},
		{Key: "opening_hours", Labels: map[string]string{"en": "our opening hours", "de": "unsere Öffnungszeiten"}, Synonyms: []string{"Öffnungszeiten"}},
	}
}

func menuApp() app {
	return app{launch: delegateTo("Menu", nil), children: []framework.Component{
		components.Menu{Config: components.MenuConfig{Options: menuOptions()}},
	}}
}

const (
	menuPromptEN = "Please choose one of the following options. For sales, press 1. For support, press 2. For your account, press 3. Or say our opening hours."
	menuPromptDE = "Bitte wählen Sie eine der folgenden Optionen. Für den Vertrieb drücken Sie die 1. Für den Kundendienst drücken Sie die 2. Für Ihr Konto drücken Sie die 3. Oder sagen Sie unsere Öffnungszeiten."
)

func TestMenuChoices(t *testing.T) {
	tests := []struct {
		name, locale, prompt string
		give                 aiflow.Step
		want                 string
	}{
		{"en key", "en-US", menuPromptEN, aiflow.NewCall("c1").Press("2"), "resolved selected support"},
		{"en label", "en-US", menuPromptEN, aiflow.NewCall("c1").Say("Sales, please."), "resolved selected sales"},
		{"en synonym", "en-US", menuPromptEN, aiflow.NewCall("c1").Say("I have a problem with my phone"), "resolved selected support"},
		{"en spoken digit", "en-US", menuPromptEN, aiflow.NewCall("c1").Say("three"), "resolved selected account"},
		{"en key phrase", "en-US", menuPromptEN, aiflow.NewCall("c1").Say("what are your opening hours?"), "resolved selected opening_hours"},
		{"de key", "de-DE", menuPromptDE, aiflow.NewCall("c1").Press("1"), "resolved selected sales"},
		{"de synonym", "de-DE", menuPromptDE, aiflow.NewCall("c1").Say("Ich möchte etwas kaufen"), "resolved selected sales"},
		{"de spoken digit", "de-DE", menuPromptDE, aiflow.NewCall("c1").Say("die zwei bitte"), "resolved selected support"},
		{"de umlaut", "de-DE", menuPromptDE, aiflow.NewCall("c1").Say("Wie sind Ihre Öffnungszeiten?"), "resolved selected opening_hours"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSuite(t, tt.locale, menuApp())
			call := aiflow.NewCall("c1")
			res := s.Run(call.Start())
			assert.Equal(t, tt.prompt, said(t, res))
			assert.Equal(t, []string{"App", "App.Menu"}, stack(s))
			assert.Equal(t, tt.want, said(t, s.Run(tt.give)))
			assert.Equal(t, []string{"App"}, stack(s))
			assert.Empty(t, appData(s))
		})
	}
}

// intents is a stand-in NLU: it sets an intent for known texts.
type intents map[string]string

func (intents) Name() string { return "test-nlu" }

func (in intents) Install(r *framework.Registrar) error {
	r.Hook(framework.PhaseInterpretationNLU, func(c *framework.Context, _ any) error {
		c.Input.Intent = in[c.Input.Text]
		return nil
	})
	return nil
}

func TestMenuIntent(t *testing.T) {
	s := newSuite(t, "en-US", menuApp(), intents{"I'd like to check my balance": "AccountIntent"})
	call := aiflow.NewCall("c1")
	s.Run(call.Start())
	assert.Equal(t, "resolved selected account", said(t, s.Run(call.Say("I'd like to check my balance"))))
}

func TestMenuNoMatchThenCancel(t *testing.T) {
	tests := []struct {
		locale, noMatch string
		give            []aiflow.Step
	}{
		{"en-US", "Sorry, that is not one of the options. " + menuPromptEN,
			[]aiflow.Step{aiflow.NewCall("c1").Say("the weather"), aiflow.NewCall("c1").Press("9"), aiflow.NewCall("c1").Say("pizza")}},
		{"de-DE", "Entschuldigung, das ist keine der Optionen. " + menuPromptDE,
			[]aiflow.Step{aiflow.NewCall("c1").Press("0"), aiflow.NewCall("c1").Say("das Wetter"), aiflow.NewCall("c1").Press("8")}},
	}
	for _, tt := range tests {
		t.Run(tt.locale, func(t *testing.T) {
			s := newSuite(t, tt.locale, menuApp())
			call := aiflow.NewCall("c1")
			s.Run(call.Start())
			for i, st := range tt.give[:2] {
				res := s.Run(st)
				assert.Equal(t, tt.noMatch, said(t, res), "re-prompt %d", i+1)
				assert.Equal(t, i+1, top(s)["tries"])
			}
			assert.Equal(t, "resolved cancel", said(t, s.Run(tt.give[2])))
			assert.Equal(t, []string{"App"}, stack(s))
		})
	}
}

func TestMenuAmbiguousIsNoMatch(t *testing.T) {
	root := app{launch: delegateTo("Menu", components.MenuConfig{Options: []components.MenuOption{
		{Key: "new_contract", Digit: "1", Synonyms: []string{"contract"}},
		{Key: "cancel_contract", Digit: "2", Synonyms: []string{"contract"}},
	}}.Map()), children: []framework.Component{components.Menu{}}}
	s := newSuite(t, "en-US", root)
	call := aiflow.NewCall("c1")
	s.Run(call.Start())
	assert.Contains(t, said(t, s.Run(call.Say("contract"))), "Sorry, that is not one of the options.")
	assert.Equal(t, "resolved selected cancel_contract", said(t, s.Run(call.Say("cancel contract"))), "the longer phrase wins")
}

func TestMenuStarRepeatsAndCancel(t *testing.T) {
	s := newSuite(t, "en-US", menuApp())
	call := aiflow.NewCall("c1")
	s.Run(call.Start())
	res := s.Run(call.Press("*"))
	assert.Equal(t, menuPromptEN, said(t, res))
	assert.NotContains(t, top(s), "tries", "repeating is not a miss")
	assert.Equal(t, "resolved cancel", said(t, s.Run(call.Say("never mind"))))
}

func TestMenuConfiguredPrompt(t *testing.T) {
	cfg := components.MenuConfig{Settings: components.Settings{Texts: components.Texts{"prompt": "Sales or support?"}}}
	root := app{launch: delegateTo("Menu", cfg.Map()), children: []framework.Component{
		components.Menu{Config: components.MenuConfig{Options: menuOptions()[:2]}},
	}}
	s := newSuite(t, "en-US", root)
	call := aiflow.NewCall("c1")
	assert.Equal(t, "Sales or support?", said(t, s.Run(call.Start())))
	assert.Equal(t, "Sorry, that is not one of the options. Sales or support?", said(t, s.Run(call.Say("hmm"))))
}

func TestMenuTimeoutAndBargeIn(t *testing.T) {
	tests := []struct{ locale, noInput, ack string }{
		{"en-US", "I didn't hear anything. " + menuPromptEN, "Alright. " + menuPromptEN},
		{"de-DE", "Ich habe nichts gehört. " + menuPromptDE, "Gut. " + menuPromptDE},
	}
	for _, tt := range tests {
		t.Run(tt.locale, func(t *testing.T) {
			s := newSuite(t, tt.locale, menuApp())
			call := aiflow.NewCall("c1")
			s.Run(call.Start())
			assert.Equal(t, tt.noInput, said(t, s.Run(call.Timeout())))
			assert.Equal(t, tt.ack, said(t, s.Run(call.BargeIn("mhm"))))
			assert.Empty(t, kinds(t, s.Run(call.BargeIn("[noise]"))))
			assert.Equal(t, "resolved selected support", said(t, s.Run(call.BargeIn("support"))))
		})
	}
}

func TestMenuBadConfig(t *testing.T) {
	tests := []struct {
		name string
		give []components.MenuOption
		want string
	}{
		{"no options", nil, "no options"},
		{"no key", []components.MenuOption{{Digit: "1"}}, "option 1 has no key"},
		{"same key", []components.MenuOption{{Key: "a"}, {Key: "a"}}, `option key "a" is used twice`},
		{"bad digit", []components.MenuOption{{Key: "a", Digit: "#"}}, `digit "#": want one of 0–9`},
		{"same digit", []components.MenuOption{{Key: "a", Digit: "1"}, {Key: "b", Digit: "1"}}, `digit "1" is used twice`},
		{"same key apart", []components.MenuOption{{Key: "a"}, {Key: "b"}, {Key: "a"}}, `option key "a" is used twice`},
		{"same digit apart", []components.MenuOption{{Key: "a", Digit: "0"}, {Key: "b"}, {Key: "c", Digit: "9"}, {Key: "d", Digit: "0"}},
			`option "d": digit "0" is used twice`},
		{"bad digit after a good one", []components.MenuOption{{Key: "a", Digit: "1"}, {Key: "b", Digit: "12"}}, `option "b": digit "12": want one of 0–9`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := app{launch: delegateTo("Menu", nil), children: []framework.Component{
				components.Menu{Config: components.MenuConfig{Options: tt.give}},
			}}
			s := newSuite(t, "en-US", root)
			res, err := s.RunE(aiflow.NewCall("c1").Start())
			require.NoError(t, err)
			assert.True(t, errors.Is(res.Err, components.ErrInvalidConfig), "%v", res.Err)
			assert.ErrorContains(t, res.Err, tt.want)
		})
	}
}

func TestMenuOrdinals(t *testing.T) {
	tests := []struct {
		locale, give, want string
	}{
		{"en-US", "the second one", "resolved selected support"},
		{"en-US", "the last one", "resolved selected opening_hours"},
		{"en-US", "the second option", "resolved selected support"},
		{"en-US", "second", "resolved selected support"},
		{"en-US", "First.", "resolved selected sales"},
		{"en-US", "the third", "resolved selected account"},
		{"en-US", "third option", "resolved selected account"},
		{"en-US", "I'll take the 4th one", "resolved selected opening_hours"},
		{"en-US", "second please", "resolved selected support"},
		{"en-US", "the second one, sales", "resolved selected sales"},
		{"en-US", "one", "resolved selected sales"},
		{"en-US", "one second", "resolved selected sales"},
		{"de-DE", "die zweite", "resolved selected support"},
		{"de-DE", "die zweite Option", "resolved selected support"},
		{"de-DE", "die erste", "resolved selected sales"},
		{"de-DE", "das dritte", "resolved selected account"},
		{"de-DE", "den ersten bitte", "resolved selected sales"},
		{"de-DE", "die Letzte", "resolved selected opening_hours"},
		{"de-DE", "letztes", "resolved selected opening_hours"},
		{"de-DE", "die vierte Möglichkeit", "resolved selected opening_hours"},
		{"de-DE", "eins", "resolved selected sales"},
	}
	for _, tt := range tests {
		t.Run(tt.locale+"/"+tt.give, func(t *testing.T) {
			s := newSuite(t, tt.locale, menuApp())
			call := aiflow.NewCall("c1")
			s.Run(call.Start())
			assert.Equal(t, tt.want, said(t, s.Run(call.Say(tt.give))))
		})
	}
}

func TestMenuNoOrdinal(t *testing.T) {
	tests := []struct {
		locale, give string
	}{
		{"en-US", "that one"},
		{"en-US", "the one"},
		{"en-US", "wait a second"},
		{"en-US", "the first time I called"},
		{"en-US", "I called last week"},
		{"en-US", "the fifth one"},
		{"en-US", "the first or the second"},
		{"en-US", "at last"},
		{"de-DE", "das erste Mal"},
		{"de-DE", "die fünfte"},
	}
	for _, tt := range tests {
		t.Run(tt.locale+"/"+tt.give, func(t *testing.T) {
			s := newSuite(t, tt.locale, menuApp())
			call := aiflow.NewCall("c1")
			s.Run(call.Start())
			res := s.Run(call.Say(tt.give))
			noMatch := map[string]string{"en-US": "Sorry, that is not one of the options. " + menuPromptEN,
				"de-DE": "Entschuldigung, das ist keine der Optionen. " + menuPromptDE}[tt.locale]
			assert.Equal(t, noMatch, said(t, res))
			assert.Equal(t, 1, top(s)["tries"])
		})
	}
}

func TestMenuRepeatWords(t *testing.T) {
	tests := []struct {
		locale, prompt, give string
	}{
		{"en-US", menuPromptEN, "menu"},
		{"en-US", menuPromptEN, "Repeat, please."},
		{"en-US", menuPromptEN, "what were the options?"},
		{"en-US", menuPromptEN, "Could you say that again?"},
		{"en-US", menuPromptEN, "again"},
		{"de-DE", menuPromptDE, "Menü"},
		{"de-DE", menuPromptDE, "Können Sie das wiederholen?"},
		{"de-DE", menuPromptDE, "noch einmal bitte"},
		{"de-DE", menuPromptDE, "nochmal"},
		{"de-DE", menuPromptDE, "die Optionen"},
	}
	for _, tt := range tests {
		t.Run(tt.locale+"/"+tt.give, func(t *testing.T) {
			s := newSuite(t, tt.locale, menuApp())
			call := aiflow.NewCall("c1")
			s.Run(call.Start())
			s.Run(call.Say("pizza"))
			require.Equal(t, 1, top(s)["tries"])
			assert.Equal(t, tt.prompt, said(t, s.Run(call.Say(tt.give))))
			assert.Equal(t, 1, top(s)["tries"], "asking for the menu is not a miss")
			assert.Equal(t, []string{"App", "App.Menu"}, stack(s))
		})
	}
}

func TestMenuOptionWinsOverRepeatWord(t *testing.T) {
	root := app{launch: delegateTo("Menu", components.MenuConfig{Options: []components.MenuOption{
		{Key: "lunch", Digit: "1", Synonyms: []string{"menu", "Menü"}},
		{Key: "replay", Digit: "2", Synonyms: []string{"play it again"}},
	}}.Map()), children: []framework.Component{components.Menu{}}}
	tests := []struct{ give, want string }{
		{"the menu please", "resolved selected lunch"},
		{"play it again", "resolved selected replay"},
		{"Menü", "resolved selected lunch"},
	}
	for _, tt := range tests {
		t.Run(tt.give, func(t *testing.T) {
			s := newSuite(t, "en-US", root)
			call := aiflow.NewCall("c1")
			s.Run(call.Start())
			assert.Equal(t, tt.want, said(t, s.Run(call.Say(tt.give))))
		})
	}
}
