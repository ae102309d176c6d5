package testsuite

import "github.com/jovo-go/jovo/framework"

// inputStep is a step of the generic test platform.
type inputStep struct{ in framework.Input }

func (st inputStep) Request() (*framework.Request, error) {
	return &framework.Request{Value: &Request{Input: st.in}, Transport: framework.TransportTest}, nil
}

// Input returns a step that sends in on the test platform, in the suite's
// current session.
func Input(in framework.Input) Step { return inputStep{in: in} }

// Launch returns a LAUNCH step; it starts a new session.
func Launch() Step { return Input(framework.Input{Type: framework.InputLaunch}) }

// End returns an END step.
func End() Step { return Input(framework.Input{Type: framework.InputEnd}) }

// Intent returns an INTENT step with optional entities.
func Intent(name string, entities ...framework.EntityMap) Step {
	in := framework.Input{Type: framework.InputIntent, Intent: name}
	if len(entities) > 0 {
		in.Entities = entities[0]
	}
	return Input(in)
}

// Text returns a TEXT step: what NLU would interpret.
func Text(text string) Step { return Input(framework.Input{Type: framework.InputText, Text: text}) }

// Type returns a step of any input type, for platform-specific types.
func Type(t framework.InputType) Step { return Input(framework.Input{Type: t}) }
