package testsuite_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/output"
	"github.com/jovo-go/jovo/testsuite"
)

// fixedRand always picks variant i.
type fixedRand int

func (r fixedRand) IntN(n int) int { return int(r) % n }

// platformApp answers with what the handler named by the intent sends.
func platformApp(t *testing.T, p *testsuite.Platform) *framework.App {
	t.Helper()
	return platformAppTB(t, p)
}

func platformAppTB(t testing.TB, p *testsuite.Platform) *framework.App {
	t.Helper()
	app := framework.New(framework.Config{
		Plugins: []framework.Plugin{p},
		Rand:    fixedRand(1),
		Components: []framework.Component{comp(func(d *framework.Def) {
			d.Name("A")
			d.Global()
			d.Handle(framework.Launch, say("hi"))
			d.Handle("Silent", func(*framework.Context) error { return nil })
			d.Handle("Many", func(c *framework.Context) error {
				return c.Send(
					output.Template{Message: output.Variants("one", "two")},
					output.Template{
						Message: output.Speech("generic"),
						Platforms: map[string]*output.PlatformOutput{
							testsuite.PlatformName: {Template: output.Template{Message: output.Speech("for tests")}},
							"aiflow":               {Template: output.Template{Message: output.Speech("for phones")}},
						},
					},
					output.Ask{Question: output.Speech("more?")},
				)
			})
			d.Handle("Invalid", func(c *framework.Context) error {
				return c.Send(output.Template{Platforms: map[string]*output.PlatformOutput{
					testsuite.PlatformName: {Remove: []output.Key{"nope"}},
				}})
			})
			d.Handle(framework.End, say("ended"))
		})},
	})
	require.NoError(t, app.Initialize(context.Background()))
	return app
}

func TestPlatformRespond(t *testing.T) {
	app := platformApp(t, testsuite.NewPlatform())
	res, err := app.Handle(context.Background(), &framework.Request{Value: &testsuite.Request{SessionID: "s", Input: framework.Input{Intent: "Many"}}})
	require.NoError(t, err)
	require.NoError(t, res.Err)
	r := res.Response.Native.(*testsuite.Response)
	require.Len(t, r.Templates, 3, "each template normalized for the platform")
	assert.Equal(t, "two", r.Templates[0].Message.Speech, "variants are picked with Config.Rand")
	assert.Equal(t, "for tests", r.Templates[1].Message.Speech, "the platform's own block wins")
	assert.Nil(t, r.Templates[1].Platforms, "other platforms' blocks are dropped")
	assert.Equal(t, "two for tests more?", r.Output.Message.Speech, "merged into one")
	assert.False(t, r.SessionEnd)
	assert.Equal(t, framework.InputIntent, res.Context.Input.Type, "an empty input type is INTENT")

	res, err = app.Handle(context.Background(), &framework.Request{Value: &testsuite.Request{SessionID: "s", Input: framework.Input{Intent: "Silent"}}})
	require.NoError(t, err)
	assert.Equal(t, &testsuite.Response{}, res.Response.Native, "no output: an empty response")

	res, err = app.Handle(context.Background(), &framework.Request{Value: &testsuite.Request{SessionID: "s", Input: framework.Input{Intent: "Invalid"}}})
	require.NoError(t, err)
	assert.ErrorIs(t, res.Err, framework.ErrOutputValidation)
	assert.ErrorContains(t, res.Err, "output #0")
}

func TestPlatformJSONBody(t *testing.T) {
	app := platformApp(t, testsuite.NewPlatform())
	res, err := app.Handle(context.Background(), &framework.Request{
		Body: []byte(`{"sessionId":"s","userId":"u","locale":"de-DE","input":{"Type":"LAUNCH"}}`),
	})
	require.NoError(t, err)
	assert.Equal(t, "hi", res.Context.Output[0].Message.Speech)
	assert.Equal(t, "u", res.Context.User.ID)
	assert.Equal(t, "de-DE", res.Context.Locale)

	_, err = app.Handle(context.Background(), &framework.Request{Body: []byte(`{"sessionId": 5}`)})
	assert.ErrorIs(t, err, framework.ErrBadRequest)
	assert.ErrorContains(t, err, "decode test request")

	_, err = app.Handle(context.Background(), &framework.Request{Body: []byte(`not json`)})
	assert.ErrorIs(t, err, framework.ErrNoMatchingPlatform, "invalid JSON is not a test request")
	_, err = app.Handle(context.Background(), &framework.Request{})
	assert.ErrorIs(t, err, framework.ErrNoMatchingPlatform)
}

func TestPlatformIntentMap(t *testing.T) {
	p := testsuite.NewPlatform().WithIntentMap(map[string]string{"AMAZON.StopIntent": framework.End})
	assert.Equal(t, map[string]string{"AMAZON.StopIntent": framework.End}, p.IntentMap())
	app := platformApp(t, p)
	res, err := app.Handle(context.Background(), &framework.Request{Value: &testsuite.Request{SessionID: "s", Input: framework.Input{Intent: "AMAZON.StopIntent"}}})
	require.NoError(t, err)
	assert.Equal(t, "ended", res.Context.Output[0].Message.Speech)
}
