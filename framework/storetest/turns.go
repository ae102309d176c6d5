package storetest

import (
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jovo-go/jovo/framework"
)

// sessionTurns saves a session back the way the framework does after a
// turn: loaded, changed in part or not at all, saved. A backend may keep
// what did not change from the record it replaces, but neither the record
// saved nor the one loaded may share memory with it afterwards.
func (s *suite) sessionTurns(t *testing.T) {
	tests := []struct {
		name string
		turn func(rec framework.SessionRecord)
	}{
		{name: "unchanged", turn: func(framework.SessionRecord) {}},
		{name: "one value changed", turn: func(rec framework.SessionRecord) { rec.State[1].Data["size"] = "medium" }},
		{name: "nested value changed", turn: func(rec framework.SessionRecord) {
			rec.Data["deep"].(map[string]any)["x"].(map[string]any)["y"] = float64(2)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			now := s.now()
			st := s.newStore()
			ctx := t.Context()
			require.NoError(t, st.SaveSession(ctx, s.session("s1", now), time.Hour))
			want := s.session("s1", now)
			tt.turn(want)

			got, err := st.LoadSession(ctx, "s1")
			require.NoError(t, err)
			tt.turn(got)
			require.NoError(t, st.SaveSession(ctx, got, time.Hour))
			mutateSession(got)
			again, err := st.LoadSession(ctx, "s1")
			require.NoError(t, err)
			requireSession(t, want, again)

			mutateSession(again)
			last, err := st.LoadSession(ctx, "s1")
			require.NoError(t, err)
			requireSession(t, want, last)
		})
	}
}

// concurrentTurns runs turns on the same sessions from several goroutines
// at once, each changing its records after saving them: run with -race,
// it finds memory a backend shares between a turn and the store.
func (s *suite) concurrentTurns(t *testing.T) {
	now := s.now()
	st := s.newStore()
	ctx := t.Context()
	const workers, rounds, sessions = 8, 50, 3
	for i := range sessions {
		require.NoError(t, st.SaveSession(ctx, s.session(fmt.Sprintf("t%d", i), now), time.Hour))
	}
	var wg sync.WaitGroup
	errs := make(chan error, workers*rounds)
	for w := range workers {
		wg.Go(func() {
			for i := range rounds {
				id := fmt.Sprintf("t%d", (w+i)%sessions)
				rec, err := st.LoadSession(ctx, id)
				if err != nil {
					errs <- err
					continue
				}
				if i%2 == 0 {
					rec.State[1].Data["size"] = fmt.Sprint(w)
				}
				if err := st.SaveSession(ctx, rec, time.Hour); err != nil {
					errs <- err
				}
				mutateSession(rec)
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	for i := range sessions {
		id := fmt.Sprintf("t%d", i)
		got, err := st.LoadSession(ctx, id)
		require.NoError(t, err)
		want := s.session(id, now)
		size, _ := got.State[1].Data["size"].(string)
		if size != "large" {
			assert.Contains(t, []string{"0", "1", "2", "3", "4", "5", "6", "7"}, size, "a worker's size")
			want.State[1].Data["size"] = size // whichever worker saved last
		}
		requireSession(t, want, got)
	}
}
