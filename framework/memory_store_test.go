package framework_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/framework/storetest"
)

func TestMemoryStoreConformance(t *testing.T) {
	storetest.Run(t, func() framework.Store { return framework.NewMemoryStore(framework.MemoryStoreOptions{}) })
}

func TestMemoryStoreConformanceWithClock(t *testing.T) {
	clock := storetest.NewClock(time.Date(2025, 4, 1, 12, 0, 0, 0, time.UTC))
	storetest.Run(t, func() framework.Store {
		return framework.NewMemoryStore(framework.MemoryStoreOptions{Clock: clock.Now})
	}, storetest.WithClock(clock))
}

func TestMemoryStoreEvictsLeastRecentlyUsed(t *testing.T) {
	ctx := context.Background()
	st := framework.NewMemoryStore(framework.MemoryStoreOptions{MaxSessions: 2, MaxUsers: 2})
	save := func(id string) { require.NoError(t, st.SaveSession(ctx, framework.SessionRecord{ID: id}, 0)) }
	has := func(id string) bool {
		_, err := st.LoadSession(ctx, id)
		return err == nil
	}
	save("a")
	save("b")
	require.True(t, has("a"), "a is now the most recently used")
	save("c")
	assert.Equal(t, 2, st.Sessions())
	assert.False(t, has("b"), "b was the least recently used")
	assert.True(t, has("a"))
	assert.True(t, has("c"))

	save("a") // replacing refreshes too
	save("d")
	assert.False(t, has("c"))
	assert.True(t, has("a"))

	for _, id := range []string{"u1", "u2", "u3"} {
		require.NoError(t, st.SaveUser(ctx, framework.UserRecord{ID: id}))
	}
	_, err := st.LoadUser(ctx, "u1")
	assert.ErrorIs(t, err, framework.ErrNotFound)
	_, err = st.LoadUser(ctx, "u3")
	assert.NoError(t, err)
}

func TestMemoryStoreBoundHolds(t *testing.T) {
	ctx := context.Background()
	st := framework.NewMemoryStore(framework.MemoryStoreOptions{MaxSessions: 10})
	for i := range 100 {
		require.NoError(t, st.SaveSession(ctx, framework.SessionRecord{ID: fmt.Sprint(i)}, 0))
		require.NoError(t, st.DeleteSession(ctx, fmt.Sprint(i-5)))
	}
	assert.Equal(t, 5, st.Sessions())
	for i := 95; i < 100; i++ {
		_, err := st.LoadSession(ctx, fmt.Sprint(i))
		assert.NoError(t, err)
	}
}

func TestMemoryStoreDropsExpiredOnLoad(t *testing.T) {
	clock := storetest.NewClock(time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC))
	ctx := context.Background()
	st := framework.NewMemoryStore(framework.MemoryStoreOptions{Clock: clock.Now})
	require.NoError(t, st.SaveSession(ctx, framework.SessionRecord{ID: "s"}, time.Minute), "a zero UpdatedAt counts from the store's clock")
	assert.Equal(t, 1, st.Sessions())
	clock.Advance(time.Minute)
	_, err := st.LoadSession(ctx, "s")
	assert.ErrorIs(t, err, framework.ErrNotFound, "expired exactly ttl after the save")
	assert.Zero(t, st.Sessions(), "an expired session is dropped when touched")
}

func TestMemoryStoreCopiesOtherValuesThroughJSON(t *testing.T) {
	type point struct{ X, Y int }
	ctx := context.Background()
	st := framework.NewMemoryStore(framework.MemoryStoreOptions{})
	require.NoError(t, st.SaveSession(ctx, framework.SessionRecord{ID: "s", Data: map[string]any{
		"point": point{1, 2}, "names": []string{"a"}, "labels": map[string]string{"k": "v"},
		"nilMap": map[string]any(nil), "nilList": []any(nil), "bad": func() {},
	}}, 0))
	got, err := st.LoadSession(ctx, "s")
	require.NoError(t, err)
	assert.Equal(t, map[string]any{"X": float64(1), "Y": float64(2)}, got.Data["point"], "as a byte-oriented backend would return it")
	assert.Equal(t, []string{"a"}, got.Data["names"])
	assert.Equal(t, map[string]string{"k": "v"}, got.Data["labels"])
	assert.Nil(t, got.Data["nilMap"])
	assert.Nil(t, got.Data["nilList"])
	assert.NotNil(t, got.Data["bad"], "a value JSON cannot encode is kept as is")
}
