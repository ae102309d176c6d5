package nlu

import "fmt"

// DynamicMode says how dynamic entities change an entity type, as in
// Jovo's listen.entities.mode.
type DynamicMode string

// The dynamic entity modes.
const (
	// ModeReplace matches the dynamic values instead of the type's values.
	// It is the default.
	ModeReplace DynamicMode = "REPLACE"
	// ModeMerge matches the dynamic values in addition to the type's values.
	ModeMerge DynamicMode = "MERGE"
	// ModeClear ignores the dynamic values: the type's values apply.
	ModeClear DynamicMode = "CLEAR"
)

// DynamicEntities are entity values that apply to one match, in the shape
// of Jovo's listen.entities: {"mode": "REPLACE", "types": {"PizzaType":
// {"values": [{"value": "calzone"}]}}}. Types that no intent of the model
// uses are ignored; built-in types cannot be changed.
type DynamicEntities struct {
	// Mode is how the values apply; empty means ModeReplace.
	Mode DynamicMode `json:"mode,omitempty"`
	// Types are the values by entity type name.
	Types map[string]EntityType `json:"types,omitempty"`
}

// dynamicSets indexes the dynamic values of the model's custom types.
func (m *Model) dynamicSets(dyn *DynamicEntities) (map[string]*valueSet, error) {
	if dyn == nil {
		return nil, nil
	}
	switch dyn.Mode {
	case "", ModeReplace, ModeMerge:
	case ModeClear:
		return nil, nil
	default:
		return nil, fmt.Errorf("nlu: %w: dynamic entity mode %q (want REPLACE, MERGE or CLEAR)", ErrInvalidConfig, dyn.Mode)
	}
	sets := map[string]*valueSet{}
	for typ, et := range dyn.Types {
		if _, ok := m.types[typ]; !ok {
			continue
		}
		values := et.Values
		if dyn.Mode == ModeMerge {
			values = append(append([]EntityValue(nil), m.typeData[typ].Values...), et.Values...)
		}
		vs, err := m.lang.newValueSet(values, nil)
		if err != nil {
			return nil, fmt.Errorf("nlu: dynamic entity type %q: %w", typ, err)
		}
		sets[typ] = vs
	}
	return sets, nil
}

// valueSet returns the custom entity type typ, or its dynamic version;
// false for a built-in type.
func (m *Model) valueSet(typ string, dyn map[string]*valueSet) (*valueSet, bool) {
	if vs, ok := dyn[typ]; ok {
		return vs, true
	}
	vs, ok := m.types[typ]
	return vs, ok
}
