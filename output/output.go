package output

// Output is anything a handler can send: a Template, or an output type that
// builds templates from its options (Jovo's BaseOutput).
type Output interface {
	// Templates returns the templates this output stands for, or an error
	// that says which option is invalid.
	Templates() ([]Template, error)
}

// Templates makes a Template an Output of itself.
func (t Template) Templates() ([]Template, error) { return []Template{t}, nil }

// Say returns a template whose message is s, spoken and displayed.
func Say(s string) Template { return Template{Message: Speech(s)} }
