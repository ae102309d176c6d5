package framework

import "maps"

// StateItem is one entry of the state stack: a component the conversation
// is in, with its sub-state, its working data, the resolve map it was
// delegated with, and its delegate config.
type StateItem struct {
	// Component is the component's tree path ("Menu.YesNo").
	Component string `json:"component"`
	// SubState narrows routing to handlers registered with that sub-state.
	SubState string `json:"subState,omitempty"`
	// Data is the component's working data; it leaves with the item.
	Data map[string]any `json:"data,omitempty"`
	// Resolve maps resolve events to handler names of the parent component.
	Resolve map[string]string `json:"resolve,omitempty"`
	// Config is the config passed with Delegate.
	Config map[string]any `json:"config,omitempty"`
}

// State is the state stack; the last item is the top, the active component.
type State []StateItem

// Top returns the top item, or nil for an empty stack.
func (s State) Top() *StateItem {
	if len(s) == 0 {
		return nil
	}
	return &s[len(s)-1]
}

// Clone returns a deep copy of the stack.
func (s State) Clone() State {
	if s == nil {
		return nil
	}
	out := make(State, len(s))
	for i, it := range s {
		out[i] = cloneItem(it)
	}
	return out
}

// cloneItem returns a deep copy of a stack item.
func cloneItem(it StateItem) StateItem {
	it.Data = cloneMap(it.Data)
	it.Resolve = cloneStrings(it.Resolve)
	it.Config = cloneMap(it.Config)
	return it
}

func cloneStrings(m map[string]string) map[string]string {
	return maps.Clone(m) // strings share no mutable memory: a bulk copy is deep
}
