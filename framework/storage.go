package framework

import (
	"errors"
	"fmt"
	"time"
)

// load reads the session and the user from the store (request.end).
func (a *App) load(c *Context, _ any) error {
	now := a.now()
	sc := a.cfg.Storage
	if !sc.DisableSessions && c.Session.ID != "" {
		rec, err := a.store.LoadSession(c.ctx, c.Session.ID)
		switch {
		case errors.Is(err, ErrNotFound):
			c.Session.IsNew = true
			c.Session.CreatedAt = now
		case err != nil:
			return fmt.Errorf("load session %q: %w", c.Session.ID, err)
		default:
			c.Session.Data = rec.Data
			c.Session.State = rec.State
			c.Session.Locale = rec.Locale
			c.Session.CreatedAt = rec.CreatedAt
			c.Session.UpdatedAt = rec.UpdatedAt
		}
	} else {
		c.Session.IsNew = true
		c.Session.CreatedAt = now
	}
	if c.Session.Data == nil {
		c.Session.Data = make(map[string]any)
	}
	if !sc.DisableUsers && c.User.ID != "" {
		rec, err := a.store.LoadUser(c.ctx, c.User.ID)
		switch {
		case errors.Is(err, ErrNotFound):
			c.User.IsNew = true
			c.User.CreatedAt = now
		case err != nil:
			return fmt.Errorf("load user: %w", err)
		default:
			c.User.Data = rec.Data
			c.User.History = rec.History
			c.User.CreatedAt = rec.CreatedAt
			c.User.UpdatedAt = rec.UpdatedAt
		}
	} else {
		c.User.IsNew = true
	}
	if c.User.Data == nil {
		c.User.Data = make(map[string]any)
	}
	return nil
}

// save writes the session and the user back (response.end). A failed
// request saves nothing, so its half-done changes are dropped; an ended
// session is deleted. A store failure is reported, but the answer that was
// built still goes out.
func (a *App) save(c *Context, _ any) error {
	if c.failed {
		return nil
	}
	now := a.now()
	sc := a.cfg.Storage
	if !sc.DisableSessions && c.Session.ID != "" {
		var err error
		if c.Session.ended {
			err = a.store.DeleteSession(c.ctx, c.Session.ID)
		} else {
			c.Session.UpdatedAt = now
			err = a.store.SaveSession(c.ctx, SessionRecord{
				ID: c.Session.ID, Data: c.Session.Data, State: c.Session.State, Locale: c.Session.Locale,
				CreatedAt: c.Session.CreatedAt, UpdatedAt: now,
			}, sc.SessionExpiresAfter)
		}
		if err != nil {
			a.storeFailed(c, fmt.Errorf("save session %q: %w", c.Session.ID, err))
		}
	}
	if !sc.DisableUsers && c.User.ID != "" {
		if sc.HistorySize > 0 {
			c.User.History = append([]HistoryItem{a.historyItem(c, now)}, c.User.History...)
			if len(c.User.History) > sc.HistorySize {
				c.User.History = c.User.History[:sc.HistorySize]
			}
		}
		c.User.UpdatedAt = now
		err := a.store.SaveUser(c.ctx, UserRecord{
			ID: c.User.ID, Data: c.User.Data, History: c.User.History,
			CreatedAt: c.User.CreatedAt, UpdatedAt: now,
		})
		if err != nil {
			a.storeFailed(c, fmt.Errorf("save user: %w", err))
		}
	}
	return nil
}

func (a *App) storeFailed(c *Context, err error) {
	if c.err == nil {
		c.err = err
	}
	a.notify(c, err)
}

func (a *App) historyItem(c *Context, now time.Time) HistoryItem {
	h := HistoryItem{
		Time:     now,
		Input:    &HistoryInput{Type: c.Input.Type, Intent: c.Input.IntentName(), Text: c.Input.Text},
		State:    c.Session.State.Clone(),
		Entities: c.Input.Entities,
	}
	for _, t := range c.Output {
		if t.Message != nil {
			h.Output = append(h.Output, t.Message.Speech)
		}
	}
	if len(a.cfg.Storage.HistoryCustom) > 0 {
		h.Custom = make(map[string]any, len(a.cfg.Storage.HistoryCustom))
		for k, fn := range a.cfg.Storage.HistoryCustom {
			h.Custom[k] = fn(c)
		}
	}
	return h
}
