package output

// Ask is an output type that asks a question and keeps the session open for
// the answer.
//
//	c.Send(output.Ask{Question: output.Speech("Which city?"), Intents: []string{"CityIntent"}})
type Ask struct {
	// Question is said and shown. Required.
	Question *Message
	// Reprompt is said when the user does not answer; nil repeats Question.
	Reprompt *Message
	// Intents, when set, scope the next turn to these intents.
	Intents []string
}

// Templates builds one template: the question, its reprompt and an open
// listen. It fails with a *ValidationError naming the option at fault.
func (a Ask) Templates() ([]Template, error) {
	if a.Question == nil {
		return nil, invalid("ask.question", "required")
	}
	reprompt := a.Reprompt
	if reprompt == nil {
		reprompt = a.Question
	}
	t := Template{
		Message:  a.Question,
		Reprompt: reprompt,
		Listen:   &Listen{Open: true, Intents: a.Intents},
	}
	for _, err := range []error{
		validateMessage(t.Message, "ask.question"),
		validateMessage(t.Reprompt, "ask.reprompt"),
		validateListen(t.Listen, "ask"),
	} {
		if err != nil {
			return nil, err
		}
	}
	return []Template{t}, nil
}
