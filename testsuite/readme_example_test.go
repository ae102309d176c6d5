package testsuite_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/output"
	"github.com/jovo-go/jovo/testsuite"
)

// Pizza asks the caller one question and answers by intent.
type Pizza struct{}

func (p *Pizza) Define(d *framework.Def) {
	d.Name("Pizza")
	d.Handle(framework.Launch, p.ask)
	d.Handle("Yes", p.yes, framework.Intents("YesIntent"))
	d.Handle(framework.Unhandled, p.ask)
}

func (p *Pizza) ask(c *framework.Context) error {
	return c.Send(output.Ask{Question: output.Speech("Do you like pizza?")})
}

func (p *Pizza) yes(c *framework.Context) error {
	c.User.Data["likesPizza"] = true
	return c.Send(output.Tell{Message: output.Speech("Me too!")})
}

func TestPizza(t *testing.T) {
	suite := testsuite.New(t, framework.New(framework.Config{
		Components: []framework.Component{&Pizza{}},
	}))

	res := suite.Run(testsuite.Launch())
	require.Equal(t, "Do you like pizza?", res.Output[0].Message.Speech)

	res = suite.Run(testsuite.Intent("YesIntent"))
	require.Equal(t, "Me too!", res.Output[0].Message.Speech)
	require.Equal(t, true, suite.User().Data["likesPizza"])
}
