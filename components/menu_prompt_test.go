package components_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/jovo-go/jovo/components"
	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/platform/aiflow"
)

// TestMenuPromptNamesOptions builds the prompt from the registered
// options, whose names are made once, and from options a Delegate config
// passes, which replace them.
func TestMenuPromptNamesOptions(t *testing.T) {
	others := []components.MenuOption{{Key: "other", Digit: "1", Labels: map[string]string{"en": "something else", "de": "etwas anderes"}}}
	tests := []struct {
		name       string
		registered []components.MenuOption
		delegated  map[string]any
	}{
		{"registered", menuOptions(), nil},
		{"delegated", nil, components.MenuConfig{Options: menuOptions()}.Map()},
		{"delegated over registered", others, components.MenuConfig{Options: menuOptions()}.Map()},
		{"configured vars under the options' own", menuOptions(),
			components.MenuConfig{Settings: components.Settings{Vars: map[string]any{"label": "x", "digit": "y"}}}.Map()},
	}
	for _, tt := range tests {
		for locale, want := range map[string]string{"en-US": menuPromptEN, "de-DE": menuPromptDE} {
			t.Run(tt.name+" "+locale, func(t *testing.T) {
				root := app{launch: delegateTo("Menu", tt.delegated), children: []framework.Component{
					components.Menu{Config: components.MenuConfig{Options: tt.registered}},
				}}
				s := newSuite(t, locale, root)
				call := aiflow.NewCall("c1")
				assert.Equal(t, want, said(t, s.Run(call.Start())))
				assert.Equal(t, want, said(t, s.Run(call.Press("*"))), "the prompt asked")
			})
		}
	}
}

// TestMenuPromptLabelFromKey names an option without labels by its key.
func TestMenuPromptLabelFromKey(t *testing.T) {
	opts := []components.MenuOption{{Key: "opening_hours", Digit: "1"}, {Key: "talk-to_a-person"}, {Key: "billing"}}
	root := app{launch: delegateTo("Menu", nil), children: []framework.Component{
		components.Menu{Config: components.MenuConfig{Options: opts}},
	}}
	s := newSuite(t, "en-US", root)
	assert.Equal(t, "Please choose one of the following options. For opening hours, press 1. Or say talk to a person. Or say billing.",
		said(t, s.Run(aiflow.NewCall("c1").Start())))
}
