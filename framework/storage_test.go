package framework_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jovo-go/jovo/framework"
	"github.com/jovo-go/jovo/framework/storetest"
)

// counter is a component that counts turns in session, user and component
// data and can end the session.
func counter() framework.Component {
	return comp(func(d *framework.Def) {
		d.Name("Counter")
		d.Handle(framework.Launch, func(c *framework.Context) error { return c.Redirect("Counter") })
		d.Handle(framework.Start, count)
		d.Handle("Count", count, framework.Global())
		d.Handle("Bye", func(c *framework.Context) error {
			c.Session.End()
			return c.Say("bye")
		}, framework.Global())
		d.Handle("German", func(c *framework.Context) error {
			c.SetLocale("de-DE")
			return c.Say(c.LocaleOrDefault())
		}, framework.Global())
		d.Handle("Locale", func(c *framework.Context) error { return c.Say(c.LocaleOrDefault()) }, framework.Global())
	})
}

func count(c *framework.Context) error {
	n, _ := c.Session.Data["n"].(int)
	c.Session.Data["n"] = n + 1
	u, _ := c.User.Data["visits"].(int)
	c.User.Data["visits"] = u + 1
	if !c.Session.IsNew {
		c.ComponentData()["seen"] = true
	}
	return c.Say("counted")
}

func TestSessionPersists(t *testing.T) {
	clock := storetest.NewClock(time.Date(2025, 1, 1, 9, 0, 0, 0, time.UTC))
	app := newApp(t, framework.Config{Clock: clock.Now}, counter())
	res := handle(t, app, turn{user: "u", in: launch()})
	assert.True(t, res.Context.Session.IsNew)
	assert.True(t, res.Context.User.IsNew)
	assert.Equal(t, clock.Now(), res.Context.Session.CreatedAt)

	clock.Advance(time.Minute)
	res = handle(t, app, turn{user: "u", in: intent("Count")})
	require.NoError(t, res.Err)
	assert.False(t, res.Context.Session.IsNew)
	assert.False(t, res.Context.User.IsNew)
	assert.Equal(t, 2, res.Context.Session.Data["n"], "session data carries over")
	assert.Equal(t, []string{"Counter"}, components(res.Context.Session.State), "the state carries over")
	assert.Equal(t, map[string]any{"seen": true}, res.Context.Session.State[0].Data)

	rec, err := app.Store().LoadSession(context.Background(), "s1")
	require.NoError(t, err)
	assert.Equal(t, clock.Now().Add(-time.Minute), rec.CreatedAt)
	assert.Equal(t, clock.Now(), rec.UpdatedAt)
	assert.Equal(t, map[string]any{"seen": true}, rec.State[0].Data, "component data lives in the stack item")
}

func TestSessionExpires(t *testing.T) {
	clock := storetest.NewClock(time.Date(2025, 1, 1, 9, 0, 0, 0, time.UTC))
	app := newApp(t, framework.Config{
		Clock:   clock.Now,
		Storage: framework.StorageConfig{SessionExpiresAfter: 10 * time.Minute},
	}, counter())
	handle(t, app, turn{in: launch()})
	clock.Advance(10*time.Minute - time.Second)
	res := handle(t, app, turn{in: intent("Count")})
	assert.Equal(t, 2, res.Context.Session.Data["n"], "still alive just before the expiry")

	clock.Advance(10 * time.Minute)
	res = handle(t, app, turn{in: intent("Count")})
	assert.True(t, res.Context.Session.IsNew, "expired after SessionExpiresAfter of idleness")
	assert.Equal(t, 1, res.Context.Session.Data["n"])
	assert.Nil(t, res.Context.Session.State[0].Data, "the component data went with the session")
}

func TestDefaultSessionExpiry(t *testing.T) {
	clock := storetest.NewClock(time.Date(2025, 1, 1, 9, 0, 0, 0, time.UTC))
	app := newApp(t, framework.Config{Clock: clock.Now}, counter())
	assert.Equal(t, framework.DefaultSessionExpiry, app.Config().Storage.SessionExpiresAfter)
	handle(t, app, turn{in: launch()})
	clock.Advance(framework.DefaultSessionExpiry)
	res := handle(t, app, turn{in: intent("Count")})
	assert.True(t, res.Context.Session.IsNew)
}

func TestSessionEndDeletes(t *testing.T) {
	app := newApp(t, framework.Config{}, counter())
	handle(t, app, turn{user: "u", in: launch()})
	res := handle(t, app, turn{user: "u", in: intent("Bye")})
	assert.True(t, res.Context.Session.Ended())
	_, err := app.Store().LoadSession(context.Background(), "s1")
	assert.ErrorIs(t, err, framework.ErrNotFound)
	u, err := app.Store().LoadUser(context.Background(), "u")
	require.NoError(t, err)
	assert.Equal(t, 1, u.Data["visits"], "the user stays")
}

func TestUserDataPersistsAcrossSessions(t *testing.T) {
	app := newApp(t, framework.Config{}, counter())
	handle(t, app, turn{session: "a", user: "u", in: launch()})
	handle(t, app, turn{session: "a", user: "u", in: intent("Count")})
	res := handle(t, app, turn{session: "b", user: "u", in: launch()})
	assert.True(t, res.Context.Session.IsNew)
	assert.False(t, res.Context.User.IsNew)
	assert.Equal(t, 3, res.Context.User.Data["visits"])
	assert.Equal(t, 1, res.Context.Session.Data["n"])

	res = handle(t, app, turn{session: "c", in: launch()})
	assert.True(t, res.Context.User.IsNew, "without a user id nothing is stored for the user")
	assert.Equal(t, 1, res.Context.User.Data["visits"])
}

func TestLocalePersistsInTheSession(t *testing.T) {
	app := newApp(t, framework.Config{Locale: "en-GB"}, counter())
	res := handle(t, app, turn{in: intent("Locale")})
	assert.Equal(t, []string{"en-GB"}, spoken(res), "the app's default")
	res = handle(t, app, turn{in: intent("German")})
	assert.Equal(t, []string{"de-DE"}, spoken(res))
	res = handle(t, app, turn{in: intent("Locale")})
	assert.Equal(t, []string{"de-DE"}, spoken(res), "SetLocale lasts for the session")
}

func TestHistory(t *testing.T) {
	clock := storetest.NewClock(time.Date(2025, 1, 1, 9, 0, 0, 0, time.UTC))
	app := newApp(t, framework.Config{
		Clock: clock.Now,
		Storage: framework.StorageConfig{
			HistorySize: 2,
			HistoryCustom: map[string]func(c *framework.Context) any{
				"platform": func(c *framework.Context) any { return c.Platform.Name() },
			},
		},
	}, counter())
	handle(t, app, turn{user: "u", in: launch()})
	clock.Advance(time.Second)
	handle(t, app, turn{user: "u", in: framework.Input{Type: framework.InputIntent, Intent: "Count", Text: "count", Entities: framework.EntityMap{"n": {Value: "1"}}}})
	clock.Advance(time.Second)
	res := handle(t, app, turn{user: "u", in: intent("Locale")})

	h := res.Context.User.History
	require.Len(t, h, 2, "HistorySize keeps the newest items")
	assert.Equal(t, "Locale", h[0].Input.Intent, "newest first")
	assert.Equal(t, clock.Now(), h[0].Time)
	assert.Equal(t, []string{"en-US"}, h[0].Output)
	assert.Equal(t, map[string]any{"platform": "test"}, h[0].Custom)
	assert.Equal(t, framework.HistoryInput{Type: framework.InputIntent, Intent: "Count", Text: "count"}, *h[1].Input)
	assert.Equal(t, framework.EntityMap{"n": {Value: "1"}}, h[1].Entities)
	assert.Equal(t, []string{"Counter"}, components(h[1].State))

	rec, err := app.Store().LoadUser(context.Background(), "u")
	require.NoError(t, err)
	assert.Len(t, rec.History, 2)
}

func TestNoHistoryByDefault(t *testing.T) {
	app := newApp(t, framework.Config{}, counter())
	handle(t, app, turn{user: "u", in: launch()})
	res := handle(t, app, turn{user: "u", in: intent("Count")})
	assert.Empty(t, res.Context.User.History)
}

func TestStorageDisabled(t *testing.T) {
	app := newApp(t, framework.Config{Storage: framework.StorageConfig{DisableSessions: true, DisableUsers: true}}, counter())
	handle(t, app, turn{user: "u", in: launch()})
	res := handle(t, app, turn{user: "u", in: intent("Count")})
	assert.True(t, res.Context.Session.IsNew)
	assert.True(t, res.Context.User.IsNew)
	assert.Equal(t, 1, res.Context.Session.Data["n"])
	_, err := app.Store().LoadSession(context.Background(), "s1")
	assert.ErrorIs(t, err, framework.ErrNotFound)
	_, err = app.Store().LoadUser(context.Background(), "u")
	assert.ErrorIs(t, err, framework.ErrNotFound)
}

// failingStore fails the operations named in fail.
type failingStore struct {
	framework.Store
	fail map[string]bool
}

var errStore = errors.New("store unavailable")

func (f *failingStore) LoadSession(ctx context.Context, id string) (framework.SessionRecord, error) {
	if f.fail["LoadSession"] {
		return framework.SessionRecord{}, errStore
	}
	return f.Store.LoadSession(ctx, id)
}

func (f *failingStore) SaveSession(ctx context.Context, rec framework.SessionRecord, ttl time.Duration) error {
	if f.fail["SaveSession"] {
		return errStore
	}
	return f.Store.SaveSession(ctx, rec, ttl)
}

func (f *failingStore) DeleteSession(ctx context.Context, id string) error {
	if f.fail["DeleteSession"] {
		return errStore
	}
	return f.Store.DeleteSession(ctx, id)
}

func (f *failingStore) LoadUser(ctx context.Context, id string) (framework.UserRecord, error) {
	if f.fail["LoadUser"] {
		return framework.UserRecord{}, errStore
	}
	return f.Store.LoadUser(ctx, id)
}

func (f *failingStore) SaveUser(ctx context.Context, rec framework.UserRecord) error {
	if f.fail["SaveUser"] {
		return errStore
	}
	return f.Store.SaveUser(ctx, rec)
}

func TestStoreFailures(t *testing.T) {
	tests := []struct {
		give     string
		input    framework.Input
		want     string // the merged answer
		wantErr  string
		fallback bool
	}{
		{give: "LoadSession", input: launch(), want: "fallback", wantErr: `load session "s1": store unavailable`, fallback: true},
		{give: "LoadUser", input: launch(), want: "fallback", wantErr: "load user: store unavailable", fallback: true},
		{give: "SaveSession", input: launch(), want: "counted", wantErr: `save session "s1": store unavailable`},
		{give: "DeleteSession", input: intent("Bye"), want: "bye", wantErr: `save session "s1": store unavailable`},
		{give: "SaveUser", input: launch(), want: "counted", wantErr: "save user: store unavailable"},
	}
	for _, tt := range tests {
		t.Run(tt.give, func(t *testing.T) {
			st := &failingStore{Store: framework.NewMemoryStore(framework.MemoryStoreOptions{}), fail: map[string]bool{tt.give: true}}
			var seen []error
			app := newApp(t, framework.Config{
				Storage:  framework.StorageConfig{Store: st},
				Fallback: []outputTemplate{sayOutput("fallback")},
			}, counter())
			app.OnError(func(_ *framework.Context, err error) { seen = append(seen, err) })
			assert.Same(t, st, app.Store())
			res := handle(t, app, turn{user: "u", in: tt.input})
			assert.ErrorIs(t, res.Err, errStore)
			assert.EqualError(t, res.Err, tt.wantErr)
			assert.Equal(t, tt.want, merged(t, res), "a failed save still answers")
			assert.Len(t, seen, 1)
		})
	}
}
