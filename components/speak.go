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
	var buf [4]output.Output // room for the usual few: Send keeps none
	return c.Send(appendSpeeches(buf[:0], set.BargeIn, set.timeout(), texts...)...)
}

// appendSpeeches appends the speaks of texts to outs.
func appendSpeeches(outs []output.Output, bi *aiflow.BargeInConfig, timeout float64, texts ...string) []output.Output {
	var buf [4]string
	plain := buf[:0]
	for _, s := range texts {
		switch s = strings.TrimSpace(s); {
		case s == "":
		case output.IsSSML(s):
			outs = appendPlain(outs, plain, bi, timeout)
			plain = plain[:0]
			outs = append(outs, &aiflow.Speak{SSML: s, BargeIn: bi, UserInputTimeoutSeconds: timeout})
		default:
			plain = append(plain, s)
		}
	}
	return appendPlain(outs, plain, bi, timeout)
}

// appendPlain appends the plain texts, if any, as one speak.
func appendPlain(outs []output.Output, plain []string, bi *aiflow.BargeInConfig, timeout float64) []output.Output {
	if len(plain) == 0 {
		return outs
	}
	return append(outs, &aiflow.Speak{Text: strings.Join(plain, " "), BargeIn: bi, UserInputTimeoutSeconds: timeout})
}

// hangup says text, arming no timer, and ends the call.
func hangup(c *framework.Context, set Settings, text string) error {
	var buf [2]output.Output
	outs := appendSpeeches(buf[:0], set.BargeIn, aiflow.NoUserInputTimeout, text)
	return c.Send(append(outs, &aiflow.Hangup{})...)
}
