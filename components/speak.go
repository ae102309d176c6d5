package components

import (
	"strings"

	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/output"
	"github.com/jovo-go/jovo/platform/aiflow"
)

// speak sends texts as prompts that keep listening, with the settings'
// barge-in and timeout. Plain texts are joined into one speak; an SSML
// text is a speak of its own (the platform merges them on the wire).
func speak(c *framework.Context, set Settings, texts ...string) error {
	return c.Send(speeches(set.BargeIn, set.timeout(), texts...)...)
}

func speeches(bi *aiflow.BargeInConfig, timeout float64, texts ...string) []output.Output {
	var outs []output.Output
	var plain []string
	flush := func() {
		if len(plain) > 0 {
			outs = append(outs, &aiflow.Speak{Text: strings.Join(plain, " "), BargeIn: bi, UserInputTimeoutSeconds: timeout})
			plain = nil
		}
	}
	for _, s := range texts {
		switch s = strings.TrimSpace(s); {
		case s == "":
		case output.IsSSML(s):
			flush()
			outs = append(outs, &aiflow.Speak{SSML: s, BargeIn: bi, UserInputTimeoutSeconds: timeout})
		default:
			plain = append(plain, s)
		}
	}
	flush()
	return outs
}

// hangup says text, arming no timer, and ends the call.
func hangup(c *framework.Context, set Settings, text string) error {
	outs := speeches(set.BargeIn, aiflow.NoUserInputTimeout, text)
	return c.Send(append(outs, &aiflow.Hangup{})...)
}
