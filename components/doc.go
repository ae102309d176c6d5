// Package components holds reusable telephone dialogue components for the
// sipgate AI Flow platform: YesNo, Digits, Menu, NoInput and Transfer,
// which an app delegates to and which resolve back, and the global
// handler sets NoInputFallback and BargeIn.
//
// An app registers a component (as a root or as a child of its own) and
// delegates to it with a resolve map:
//
//	c.Delegate("YesNo", framework.DelegateOptions{
//		Resolve: map[string]string{"yes": "OnYes", "no": "OnNo", "cancel": "OnCancel"},
//		Config:  components.YesNoConfig{Settings: components.Settings{Retries: 1}}.Map(),
//	})
//
// The component runs its dialogue over as many turns as it needs and
// answers with c.Resolve("yes"), which runs the app's OnYes handler. Every
// component keeps its working data in its own state stack item
// (c.ComponentData), never in session data, so it works nested inside
// another component and leaves nothing behind when it resolves.
//
// Each component is configured three ways, later ones winning: the Config
// field of the registered value, the Config map passed with Delegate, and
// for texts the app's translator. A text is looked up in the config's
// Texts (a literal text, or a key the app's translator knows), then under
// "components.<Component>.<key>" in the app's translator, then in the
// built-in English and German defaults (texts_en.go, texts_de.go).
//
// Every component handles USER_INPUT_TIMEOUT (re-prompt, then goodbye and
// hang up) and USER_BARGE_IN (silent on noise, a barge_in action on
// "stop", a re-prompt on an acknowledgment, and the caller's words as an
// answer otherwise) itself, so a dialogue survives both and continues
// where it was. Its answer handler is an UNHANDLED handler restricted to
// speech and keypad input: an app handler with PrioritizedOverUnhandled, or
// an intent in Routing.IntentsToSkipUnhandled, still wins over it.
//
// NoInputFallback and BargeIn bring the same timeout and barge-in
// policies to the app's own components. They are plugins
// (app.Use(components.BargeIn{})) that register a global component and
// hooks: BargeIn hands substantial barge-ins back to normal routing as
// TEXT input, and both remember each turn's prompt under SessionPromptKey
// so that they can repeat it.
//
// docs/components.md has a section with a complete example per component.
package components
