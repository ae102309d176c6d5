package components_test

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jovo-go/jovo/components"
	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/platform/aiflow"
	"github.com/jovo-go/jovo/testsuite"
)

// jsonStore keeps sessions as JSON, as a byte-oriented backend (Redis, a
// database) does: numbers come back as float64, maps as map[string]any.
type jsonStore struct {
	framework.Store
	sessions map[string][]byte
}

func (s *jsonStore) LoadSession(_ context.Context, id string) (framework.SessionRecord, error) {
	b, ok := s.sessions[id]
	if !ok {
		return framework.SessionRecord{}, framework.ErrNotFound
	}
	var rec framework.SessionRecord
	err := json.Unmarshal(b, &rec)
	return rec, err
}

func (s *jsonStore) SaveSession(_ context.Context, rec framework.SessionRecord, _ time.Duration) error {
	b, err := json.Marshal(rec)
	s.sessions[rec.ID] = b
	return err
}

func (s *jsonStore) DeleteSession(_ context.Context, id string) error {
	delete(s.sessions, id)
	return nil
}

func TestComponentsSurviveAJSONStore(t *testing.T) {
	store := &jsonStore{Store: framework.NewMemoryStore(framework.MemoryStoreOptions{}), sessions: map[string][]byte{}}
	a := framework.New(framework.Config{
		Locale:     "en-US",
		Storage:    framework.StorageConfig{Store: store},
		Components: []framework.Component{bank{}},
	})
	a.Use(components.NoInputFallback{}, components.BargeIn{})
	s := testsuite.New(t, a, testsuite.WithPlatform(aiflow.New(aiflow.Config{})))
	call := aiflow.NewCall("c1")
	s.Run(call.Start(), call.Say("hmm"), call.Timeout(), call.Press("1"))
	assert.Equal(t, []string{"Bank", "Bank.Menu", "Bank.Digits"}, stack(s))
	assert.Equal(t, float64(1), s.Session().State[1].Data["tries"], "numbers come back as float64")

	s.Run(call.Press("1"), call.Say("two three"), call.Timeout())
	assert.Equal(t, "123", top(s)["digits"])
	res := s.Run(call.Timeout())
	assert.Equal(t, "I didn't hear anything. I have 1 2 3 so far. Please enter the rest, or press star to start over.", said(t, res),
		"the silence count survives the round trip: the second timeout still re-prompts")
	res = s.Run(call.Press("4"))
	assert.Equal(t, "You entered 1 2 3 4. Is that correct?", said(t, res))
	s.Run(call.Say("maybe"), call.Timeout())
	res = s.Run(call.Say("yes"))
	assert.Equal(t, "Account 1234 found.", said(t, res))
	require.Equal(t, []string{"Bank"}, stack(s))
}
