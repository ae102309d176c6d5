package testsuite_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/output"
	"github.com/jovo-go/jovo/testsuite"
)

// exampleT stands in for the *testing.T a real test passes to New: an
// example has none.
type exampleT struct{ testing.TB }

func (exampleT) Helper()                           {}
func (exampleT) Context() context.Context          { return context.Background() }
func (exampleT) Fatalf(format string, args ...any) { panic(fmt.Sprintf(format, args...)) }

// Counter counts the caller's visits.
type Counter struct{}

func (c Counter) Define(d *framework.Def) {
	d.Name("Counter")
	d.Handle(framework.Launch, func(c *framework.Context) error {
		visits, _ := c.User.Data["visits"].(int)
		c.User.Data["visits"] = visits + 1
		return c.Send(output.Ask{Question: output.Speech(fmt.Sprintf("Visit %d. Again?", visits+1))})
	})
	d.Handle("Yes", func(c *framework.Context) error {
		return c.Send(output.Tell{Message: output.Speech("Then call again.")})
	}, framework.Intents("YesIntent"))
}

func ExampleSuite() {
	var t testing.TB = exampleT{} // in a test: the test's *testing.T
	suite := testsuite.New(t, framework.New(framework.Config{
		Components: []framework.Component{Counter{}},
	}))

	suite.SetUserData("visits", 41)
	res := suite.Run(testsuite.Launch())
	fmt.Println(res.Output[0].Message.Speech)

	res = suite.Run(testsuite.Intent("YesIntent"))
	fmt.Println(res.Output[0].Message.Speech)
	fmt.Println("session ends:", res.Response.(*testsuite.Response).SessionEnd)

	suite.Run(testsuite.Launch(), testsuite.Intent("YesIntent"))
	fmt.Println("visits:", suite.User().Data["visits"])
	// Output:
	// Visit 42. Again?
	// Then call again.
	// session ends: true
	// visits: 43
}
