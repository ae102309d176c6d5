package output

import (
	"slices"
)

// With returns o with override applied to the last template it builds, the
// way Jovo's $send applies the reserved keys of its options to an output
// class: each generic field set in override replaces that field, and
// override's platform blocks are deep-merged into the template's (set
// fields replace, Remove keys delete, NativeResponse and Extensions merge
// as in MergeNative). When o builds no template, override is the template.
//
//	c.Send(output.With(AskForPizza{}, output.Template{Reprompt: output.Speech("Pizza?")}))
func With(o Output, override Template) Output { return withOutput{o, override} }

type withOutput struct {
	base     Output
	override Template
}

// Templates builds the base output and applies the override to its last
// template.
func (w withOutput) Templates() ([]Template, error) {
	ts, err := w.base.Templates()
	if err != nil {
		return nil, err
	}
	if len(ts) == 0 {
		return []Template{w.override}, nil
	}
	ts = slices.Clone(ts)
	last := &ts[len(ts)-1]
	last.Platforms = overridePlatforms(last.Platforms, w.override.Platforms)
	*last = replaceKeys(*last, w.override)
	return ts, nil
}

// overridePlatforms deep-merges the blocks of b into those of a: in each
// block, later set fields and removals win over earlier ones.
func overridePlatforms(a, b map[string]*PlatformOutput) map[string]*PlatformOutput {
	return combinePlatforms(a, b, func(q, p *PlatformOutput) {
		q.Template = replaceKeys(q.Template, p.Template)
		q.Remove = slices.DeleteFunc(slices.Clone(q.Remove), p.has)
		for _, k := range p.Remove {
			q.Template = q.Template.without(k)
		}
	})
}
