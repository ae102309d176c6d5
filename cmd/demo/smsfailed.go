package main

import (
	"github.com/jovo-go/jovo/components"
	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/platform/aiflow"
)

// smsFailure answers a text message the service could not deliver
// (sms_failed, a report: only a handler of its type runs). It is a global
// component, so it never enters the state stack: a global handler of a
// component on the stack would replace the active item (as in Jovo), and
// the caller would lose the dialogue they were in.
type smsFailure struct{}

// Define registers the global component "SMSFailure".
func (smsFailure) Define(d *framework.Def) {
	d.Name("SMSFailure").Global()
	d.Handle("SMSFailed", smsFailed, framework.Types(aiflow.InputSMSFailed))
}

// smsFailed tells the caller that the address did not reach their phone,
// then asks again what the dialogue asked last; it goes on where it was.
func smsFailed(c *framework.Context) error {
	return components.Reprompt(c, settings(), c.T("smsFailed", nil))
}
