package testsuite_test

import (
	"context"
	"errors"
	"testing"

	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/testsuite"
)

// FuzzPlatformDecode feeds raw bodies to the test platform: any body is
// either not the platform's, a bad request, or answered; nothing panics.
func FuzzPlatformDecode(f *testing.F) {
	for _, seed := range []string{
		`{"sessionId":"s","input":{"Type":"LAUNCH"}}`,
		`{"sessionId":"s","userId":"u","locale":"de-DE","input":{"Type":"INTENT","Intent":"Many","Entities":{"a":{"value":"b"}}}}`,
		`{"sessionId":"s","input":{"Intent":"Invalid"}}`,
		`{"input":{}}`,
		`{"sessionId":5}`,
		`[]`,
		`null`,
		``,
	} {
		f.Add([]byte(seed))
	}
	app := platformAppTB(f, testsuite.NewPlatform())
	f.Fuzz(func(t *testing.T, body []byte) {
		res, err := app.Handle(context.Background(), &framework.Request{Body: body})
		switch {
		case err == nil:
			if res == nil || res.Context == nil {
				t.Fatal("an answered request has a result")
			}
		case errors.Is(err, framework.ErrBadRequest), errors.Is(err, framework.ErrNoMatchingPlatform):
		default:
			t.Fatalf("unexpected error: %v", err)
		}
	})
}
