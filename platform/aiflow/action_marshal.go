package aiflow

// marshalAction is the MarshalJSON of every action: validate, then encode,
// so json.Marshal never writes an invalid action either.
func marshalAction(a Action) ([]byte, error) {
	if err := a.Validate(); err != nil {
		return nil, err
	}
	return a.appendJSON(make([]byte, 0, bufSize)), nil
}
