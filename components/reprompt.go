package components

import "github.com/jovo-go/jovo/framework"

// Reprompt says texts, then asks again what the app asked last (the
// prompt NoInputFallback and BargeIn keep under SessionPromptKey),
// re-arming the input timer with set's timeout and barge-in. The prompt on
// record stays as it was, and the state stack is not touched: it is for
// events a global handler answers in passing, such as a text message the
// service could not deliver, after which the dialogue goes on where it
// was. With no prompt on record (neither plugin installed, or nothing
// asked yet) it says texts alone.
func Reprompt(c *framework.Context, set Settings, texts ...string) error {
	c.SetValue(keepPromptKey{}, true)
	if p := loadPrompt(c).say(); p != "" {
		texts = append(texts, p)
	}
	return speak(c, set, texts...)
}
