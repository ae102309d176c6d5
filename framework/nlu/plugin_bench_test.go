package nlu_test

import (
	"testing"

	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/framework/nlu"
	"github.com/jovo-go/jovo/testsuite"
)

// BenchmarkPluginTurn measures one TEXT turn of the shop through the
// whole lifecycle with the NLU plugin (in-memory store, test platform),
// with and without dynamic entities in the session.
func BenchmarkPluginTurn(b *testing.B) {
	for _, bc := range []struct {
		name  string
		setup []testsuite.Step
	}{
		{"plain", nil},
		{"dynamic entities", []testsuite.Step{testsuite.Intent("SpecialsMerge")}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			app := shopApp(framework.Config{Plugins: []framework.Plugin{nlu.NewPlugin(newShopEngine(b, nlu.Config{}), nlu.PluginOptions{})}})
			s := testsuite.New(b, app)
			s.Run(append([]testsuite.Step{testsuite.Launch()}, bc.setup...)...)
			step := testsuite.Text("i would like a salami")
			b.ReportAllocs()
			for b.Loop() {
				if _, err := s.RunE(step); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
