package storetest

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jovo-go/jovo/framework"
)

// Option configures Run.
type Option func(*suite)

// WithClock tells Run that the stores newStore makes read their time from
// c, so that the suite can check expiry by moving c forward. Without it the
// suite checks expiry with timestamps in the past.
func WithClock(c *Clock) Option { return func(s *suite) { s.clock = c } }

type suite struct {
	newStore func() framework.Store
	clock    *Clock
}

// now is the time the stores see, to the millisecond (backends that
// serialize may keep no more).
func (s *suite) now() time.Time {
	if s.clock != nil {
		return s.clock.Now().UTC().Truncate(time.Millisecond)
	}
	return time.Now().UTC().Truncate(time.Millisecond)
}

// Run runs the conformance suite against stores made by newStore; each
// subtest gets a fresh store.
func Run(t *testing.T, newStore func() framework.Store, opts ...Option) {
	t.Helper()
	s := &suite{newStore: newStore}
	for _, o := range opts {
		o(s)
	}
	t.Run("load missing session is ErrNotFound", s.loadMissingSession)
	t.Run("load missing user is ErrNotFound", s.loadMissingUser)
	t.Run("session round trip", s.sessionRoundTrip)
	t.Run("user round trip", s.userRoundTrip)
	t.Run("session is copied in", s.sessionCopiedIn)
	t.Run("session is copied out", s.sessionCopiedOut)
	t.Run("user is copied in", s.userCopiedIn)
	t.Run("user is copied out", s.userCopiedOut)
	t.Run("save replaces", s.replace)
	t.Run("records are separate", s.separate)
	t.Run("delete session", s.deleteSession)
	t.Run("session expires ttl after UpdatedAt", s.sessionExpiry)
	t.Run("session without ttl does not expire", s.sessionWithoutTTL)
	t.Run("users do not expire", s.userNoExpiry)
	if s.clock != nil {
		t.Run("session expires as the clock moves", s.sessionExpiryClock)
	}
	t.Run("session saved back after a turn", s.sessionTurns)
	t.Run("concurrent use", s.concurrent)
	t.Run("concurrent turns on the same sessions", s.concurrentTurns)
	t.Run("cancelled context is an error", s.cancelled)
}

func (s *suite) loadMissingSession(t *testing.T) {
	_, err := s.newStore().LoadSession(t.Context(), "missing")
	assert.ErrorIs(t, err, framework.ErrNotFound)
}

func (s *suite) loadMissingUser(t *testing.T) {
	_, err := s.newStore().LoadUser(t.Context(), "missing")
	assert.ErrorIs(t, err, framework.ErrNotFound)
}

// session returns a session record with every field set and nested data.
func (s *suite) session(id string, now time.Time) framework.SessionRecord {
	return framework.SessionRecord{
		ID: id,
		Data: map[string]any{
			"name":  "Ada",
			"count": float64(3),
			"ok":    true,
			"tags":  []any{"a", "b"},
			"deep":  map[string]any{"x": map[string]any{"y": float64(1)}, "empty": map[string]any{}},
		},
		State: framework.State{
			{Component: "Menu", SubState: "Confirm"},
			{
				Component: "Menu.Pizza",
				Data:      map[string]any{"size": "large", "extras": []any{"olives"}},
				Resolve:   map[string]string{"done": "OnDone"},
				Config:    map[string]any{"max": float64(3)},
			},
		},
		Locale:    "de-DE",
		CreatedAt: now.Add(-time.Minute),
		UpdatedAt: now,
	}
}

// user returns a user record with every field set and a history.
func (s *suite) user(id string, now time.Time) framework.UserRecord {
	return framework.UserRecord{
		ID:   id,
		Data: map[string]any{"likes": []any{"pizza"}, "profile": map[string]any{"age": float64(42)}},
		History: []framework.HistoryItem{{
			Time:     now,
			Input:    &framework.HistoryInput{Type: framework.InputIntent, Intent: "OrderIntent", Text: "a pizza"},
			Output:   []string{"Which size?"},
			State:    framework.State{{Component: "Menu", Data: map[string]any{"n": float64(1)}}},
			Entities: framework.EntityMap{"size": {ID: "l", Value: "big", Resolved: "large"}},
			Custom:   map[string]any{"mood": "happy", "scores": []any{float64(1)}},
		}},
		CreatedAt: now.Add(-time.Hour),
		UpdatedAt: now,
	}
}

func sameTime(t *testing.T, want, got time.Time, field string) {
	t.Helper()
	assert.WithinDuration(t, want, got, time.Millisecond, field)
}

func requireSession(t *testing.T, want, got framework.SessionRecord) {
	t.Helper()
	assert.Equal(t, want.ID, got.ID)
	assert.Equal(t, want.Data, got.Data)
	assert.Equal(t, want.State, got.State)
	assert.Equal(t, want.Locale, got.Locale)
	sameTime(t, want.CreatedAt, got.CreatedAt, "CreatedAt")
	sameTime(t, want.UpdatedAt, got.UpdatedAt, "UpdatedAt")
}

func requireUser(t *testing.T, want, got framework.UserRecord) {
	t.Helper()
	assert.Equal(t, want.ID, got.ID)
	assert.Equal(t, want.Data, got.Data)
	require.Len(t, got.History, len(want.History))
	for i := range want.History {
		w, g := want.History[i], got.History[i]
		sameTime(t, w.Time, g.Time, fmt.Sprintf("History[%d].Time", i))
		w.Time, g.Time = time.Time{}, time.Time{}
		assert.Equal(t, w, g)
	}
	sameTime(t, want.CreatedAt, got.CreatedAt, "CreatedAt")
	sameTime(t, want.UpdatedAt, got.UpdatedAt, "UpdatedAt")
}

func (s *suite) sessionRoundTrip(t *testing.T) {
	now := s.now()
	st := s.newStore()
	want := s.session("s1", now)
	require.NoError(t, st.SaveSession(t.Context(), want, time.Hour))
	got, err := st.LoadSession(t.Context(), "s1")
	require.NoError(t, err)
	requireSession(t, s.session("s1", now), got)
}

func (s *suite) userRoundTrip(t *testing.T) {
	now := s.now()
	st := s.newStore()
	require.NoError(t, st.SaveUser(t.Context(), s.user("u1", now)))
	got, err := st.LoadUser(t.Context(), "u1")
	require.NoError(t, err)
	requireUser(t, s.user("u1", now), got)
}

// mutateSession changes every nested value of rec in place.
func mutateSession(rec framework.SessionRecord) {
	rec.Data["name"] = "Eve"
	rec.Data["tags"].([]any)[0] = "z"
	rec.Data["deep"].(map[string]any)["x"].(map[string]any)["y"] = float64(99)
	rec.Data["deep"].(map[string]any)["empty"].(map[string]any)["new"] = true
	rec.State[0].SubState = "Other"
	rec.State[1].Data["size"] = "small"
	rec.State[1].Data["extras"].([]any)[0] = "anchovies"
	rec.State[1].Resolve["done"] = "Elsewhere"
	rec.State[1].Config["max"] = float64(0)
}

func mutateUser(rec framework.UserRecord) {
	rec.Data["likes"].([]any)[0] = "salad"
	rec.Data["profile"].(map[string]any)["age"] = float64(1)
	h := &rec.History[0]
	h.Input.Intent = "Changed"
	h.Output[0] = "changed"
	h.State[0].Data["n"] = float64(2)
	h.Entities["size"] = framework.Entity{Value: "tiny"}
	h.Custom["mood"] = "grumpy"
	h.Custom["scores"].([]any)[0] = float64(0)
}

func (s *suite) sessionCopiedIn(t *testing.T) {
	now := s.now()
	st := s.newStore()
	rec := s.session("s1", now)
	require.NoError(t, st.SaveSession(t.Context(), rec, time.Hour))
	mutateSession(rec)
	got, err := st.LoadSession(t.Context(), "s1")
	require.NoError(t, err)
	requireSession(t, s.session("s1", now), got)
}

func (s *suite) sessionCopiedOut(t *testing.T) {
	now := s.now()
	st := s.newStore()
	require.NoError(t, st.SaveSession(t.Context(), s.session("s1", now), time.Hour))
	got, err := st.LoadSession(t.Context(), "s1")
	require.NoError(t, err)
	mutateSession(got)
	again, err := st.LoadSession(t.Context(), "s1")
	require.NoError(t, err)
	requireSession(t, s.session("s1", now), again)
}

func (s *suite) userCopiedIn(t *testing.T) {
	now := s.now()
	st := s.newStore()
	rec := s.user("u1", now)
	require.NoError(t, st.SaveUser(t.Context(), rec))
	mutateUser(rec)
	got, err := st.LoadUser(t.Context(), "u1")
	require.NoError(t, err)
	requireUser(t, s.user("u1", now), got)
}

func (s *suite) userCopiedOut(t *testing.T) {
	now := s.now()
	st := s.newStore()
	require.NoError(t, st.SaveUser(t.Context(), s.user("u1", now)))
	got, err := st.LoadUser(t.Context(), "u1")
	require.NoError(t, err)
	mutateUser(got)
	again, err := st.LoadUser(t.Context(), "u1")
	require.NoError(t, err)
	requireUser(t, s.user("u1", now), again)
}

func (s *suite) replace(t *testing.T) {
	now := s.now()
	st := s.newStore()
	ctx := t.Context()
	require.NoError(t, st.SaveSession(ctx, s.session("s1", now), time.Hour))
	second := framework.SessionRecord{ID: "s1", Data: map[string]any{"v": float64(2)}, UpdatedAt: s.now()}
	require.NoError(t, st.SaveSession(ctx, second, time.Hour))
	got, err := st.LoadSession(ctx, "s1")
	require.NoError(t, err)
	requireSession(t, second, got)

	require.NoError(t, st.SaveUser(ctx, s.user("u1", now)))
	u2 := framework.UserRecord{ID: "u1", Data: map[string]any{"v": float64(2)}, UpdatedAt: s.now()}
	require.NoError(t, st.SaveUser(ctx, u2))
	gotU, err := st.LoadUser(ctx, "u1")
	require.NoError(t, err)
	requireUser(t, u2, gotU)
}

func (s *suite) separate(t *testing.T) {
	now := s.now()
	st := s.newStore()
	ctx := t.Context()
	a, b := s.session("a", now), s.session("b", now)
	b.Locale = "en-GB"
	require.NoError(t, st.SaveSession(ctx, a, time.Hour))
	require.NoError(t, st.SaveSession(ctx, b, time.Hour))
	require.NoError(t, st.SaveUser(ctx, s.user("a", now)))
	got, err := st.LoadSession(ctx, "a")
	require.NoError(t, err)
	assert.Equal(t, "de-DE", got.Locale)
	got, err = st.LoadSession(ctx, "b")
	require.NoError(t, err)
	assert.Equal(t, "en-GB", got.Locale)
	_, err = st.LoadUser(ctx, "b")
	assert.ErrorIs(t, err, framework.ErrNotFound, "users and sessions are separate key spaces")
}

func (s *suite) deleteSession(t *testing.T) {
	now := s.now()
	st := s.newStore()
	ctx := t.Context()
	require.NoError(t, st.SaveSession(ctx, s.session("s1", now), time.Hour))
	require.NoError(t, st.SaveSession(ctx, s.session("s2", now), time.Hour))
	require.NoError(t, st.DeleteSession(ctx, "s1"))
	_, err := st.LoadSession(ctx, "s1")
	assert.ErrorIs(t, err, framework.ErrNotFound)
	_, err = st.LoadSession(ctx, "s2")
	assert.NoError(t, err, "only the named session is deleted")
	assert.NoError(t, st.DeleteSession(ctx, "s1"), "deleting a missing session is no error")
	assert.NoError(t, st.DeleteSession(ctx, "never"))
}

func (s *suite) sessionExpiry(t *testing.T) {
	now := s.now()
	st := s.newStore()
	ctx := t.Context()
	old := s.session("old", now)
	old.UpdatedAt = s.now().Add(-2 * time.Hour)
	require.NoError(t, st.SaveSession(ctx, old, time.Hour))
	_, err := st.LoadSession(ctx, "old")
	assert.ErrorIs(t, err, framework.ErrNotFound, "updated two hours ago with a ttl of one hour")

	recent := s.session("recent", now)
	recent.UpdatedAt = s.now().Add(-30 * time.Minute)
	require.NoError(t, st.SaveSession(ctx, recent, time.Hour))
	_, err = st.LoadSession(ctx, "recent")
	assert.NoError(t, err, "updated half an hour ago with a ttl of one hour")
}

func (s *suite) sessionWithoutTTL(t *testing.T) {
	now := s.now()
	st := s.newStore()
	rec := s.session("s1", now)
	rec.UpdatedAt = s.now().AddDate(-1, 0, 0)
	require.NoError(t, st.SaveSession(t.Context(), rec, 0))
	_, err := st.LoadSession(t.Context(), "s1")
	assert.NoError(t, err)
}

func (s *suite) userNoExpiry(t *testing.T) {
	now := s.now()
	st := s.newStore()
	rec := s.user("u1", now)
	rec.UpdatedAt = s.now().AddDate(-10, 0, 0)
	require.NoError(t, st.SaveUser(t.Context(), rec))
	if s.clock != nil {
		s.clock.Advance(24 * time.Hour * 365)
	}
	_, err := st.LoadUser(t.Context(), "u1")
	assert.NoError(t, err)
}

func (s *suite) sessionExpiryClock(t *testing.T) {
	now := s.now()
	st := s.newStore()
	ctx := t.Context()
	require.NoError(t, st.SaveSession(ctx, s.session("s1", now), time.Minute))
	s.clock.Advance(59 * time.Second)
	_, err := st.LoadSession(ctx, "s1")
	require.NoError(t, err, "59 s into a ttl of one minute")

	require.NoError(t, st.SaveSession(ctx, s.session("s1", s.now()), time.Minute))
	s.clock.Advance(59 * time.Second)
	_, err = st.LoadSession(ctx, "s1")
	require.NoError(t, err, "saving again with a new UpdatedAt restarts the ttl")

	s.clock.Advance(2 * time.Second)
	_, err = st.LoadSession(ctx, "s1")
	assert.ErrorIs(t, err, framework.ErrNotFound, "61 s after the last save")
}

func (s *suite) concurrent(t *testing.T) {
	now := s.now()
	st := s.newStore()
	ctx := t.Context()
	const workers, rounds = 8, 50
	var wg sync.WaitGroup
	errs := make(chan error, workers*rounds)
	for w := range workers {
		wg.Go(func() {
			for i := range rounds {
				id := fmt.Sprintf("k%d", (w+i)%5)
				rec := s.session(id, now)
				if err := st.SaveSession(ctx, rec, time.Hour); err != nil {
					errs <- err
				}
				if got, err := st.LoadSession(ctx, id); err == nil {
					got.Data["touched"] = w // a loaded record is the caller's own
				} else if !errors.Is(err, framework.ErrNotFound) {
					errs <- err
				}
				if i%7 == 0 {
					if err := st.DeleteSession(ctx, id); err != nil {
						errs <- err
					}
				}
				if err := st.SaveUser(ctx, s.user(id, now)); err != nil {
					errs <- err
				}
				if got, err := st.LoadUser(ctx, id); err != nil {
					errs <- err
				} else {
					got.Data["touched"] = w
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	for i := range 5 {
		u, err := st.LoadUser(ctx, fmt.Sprintf("k%d", i))
		require.NoError(t, err)
		requireUser(t, s.user(u.ID, now), u)
	}
}

func (s *suite) cancelled(t *testing.T) {
	now := s.now()
	st := s.newStore()
	require.NoError(t, st.SaveSession(t.Context(), s.session("s1", now), time.Hour))
	require.NoError(t, st.SaveUser(t.Context(), s.user("u1", now)))
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	_, err := st.LoadSession(ctx, "s1")
	assert.ErrorIs(t, err, context.Canceled, "LoadSession")
	assert.ErrorIs(t, st.SaveSession(ctx, s.session("s1", now), time.Hour), context.Canceled, "SaveSession")
	assert.ErrorIs(t, st.DeleteSession(ctx, "s1"), context.Canceled, "DeleteSession")
	_, err = st.LoadUser(ctx, "u1")
	assert.ErrorIs(t, err, context.Canceled, "LoadUser")
	assert.ErrorIs(t, st.SaveUser(ctx, s.user("u1", now)), context.Canceled, "SaveUser")
	_, err = st.LoadSession(t.Context(), "s1")
	assert.NoError(t, err, "the cancelled delete did not happen")
}
