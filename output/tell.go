package output

// Tell is an output type that says a last message and ends the session.
//
//	c.Send(output.Tell{Message: output.Speech("Goodbye!")})
type Tell struct {
	// Message is said and shown. Required.
	Message *Message
}

// Templates builds one template: the message and a closed listen. It fails
// with a *ValidationError when the message is missing or empty.
func (t Tell) Templates() ([]Template, error) {
	if t.Message == nil {
		return nil, invalid("tell.message", "required")
	}
	if err := validateMessage(t.Message, "tell.message"); err != nil {
		return nil, err
	}
	return []Template{{Message: t.Message, Listen: &Listen{Open: false}}}, nil
}
