package components

import (
	"fmt"

	"github.com/jovo-go/jovo/framework"
)

// config is implemented by the config types of the dialogue components.
type config[T any] interface {
	layer[T]
	settings() Settings
	check() error
}

// defaults is the config of a registered component, checked once when
// the component is defined. A turn without a Delegate config uses it as
// it is; a Delegate config (kept in the state stack item) is laid over it
// on each turn, and only then is the result checked again.
type defaults[T config[T]] struct {
	ids textIDs // the names of its texts, and its kind
	cfg T
	err error // why cfg is not valid on its own; a Delegate config may mend it
}

// newDefaults checks the registered config cfg of a component of kind,
// whose texts have the keys texts.
func newDefaults[T config[T]](kind string, cfg T, texts ...string) *defaults[T] {
	return &defaults[T]{ids: newTextIDs(kind, texts...), cfg: cfg, err: validate(kind, cfg)}
}

// resolve returns the config of the active component: the registered
// config with the config passed with Delegate laid over it.
func (d *defaults[T]) resolve(c *framework.Context) (T, error) {
	over := c.ComponentConfig()
	if len(over) == 0 {
		return d.cfg, d.err
	}
	cfg, err := lay(d.cfg, over)
	if err != nil {
		return d.cfg, fmt.Errorf("%w: %s: %w", ErrInvalidConfig, d.ids.kind, err)
	}
	if err := validate(d.ids.kind, cfg); err != nil {
		return d.cfg, err
	}
	return cfg, nil
}

// validate checks a config and its settings.
func validate[T config[T]](kind string, cfg T) error {
	err := cfg.check()
	if err == nil {
		err = cfg.settings().check()
	}
	if err != nil {
		return fmt.Errorf("%w: %s: %w", ErrInvalidConfig, kind, err)
	}
	return nil
}
