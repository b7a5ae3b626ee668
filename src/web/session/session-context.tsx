// Who is logged in (or whether Sana still needs its first-run setup), shared with every page.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { SessionInfo } from '../../schemas/auth.ts';
import type { Language } from '../../schemas/common.ts';
import { onSessionExpired, setCsrfToken } from '../api/http.ts';
import { getSession, getSetupStatus, logOut as logOutRequest, saveLanguage, type SetupStatusInfo } from '../api/session.ts';
import { applyLanguage } from '../i18n/language.ts';
import { i18n } from '../i18n/setup.ts';

/** Why nobody is logged in: the app just opened, the person logged out, or the server ended the session. */
export type AnonymousReason = 'opened' | 'logged-out' | 'expired';

export type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous'; setup: SetupStatusInfo; reason: AnonymousReason }
  | { status: 'active'; session: SessionInfo }
  | { status: 'unreachable'; error: unknown };

type SessionContextValue = {
  state: SessionState;
  /** After setup or login: remember the session; `keepShownLanguage` keeps the language the person was just looking at. */
  startSession(session: SessionInfo, options?: { keepShownLanguage?: boolean }): Promise<void>;
  endSession(): Promise<void>;
  /** Switches the language now, remembers it on this device and, when logged in, on the account. */
  changeLanguage(language: Language): Promise<void>;
  retry(): void;
};

const SessionContext = createContext<SessionContextValue | undefined>(undefined);

export function SessionProvider({ children }: { children: ReactNode }) {
  // The i18next instance itself, not useTranslation's: that one changes identity on every language switch,
  // which would re-run the session check and flip the language back to the account's old value.
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  const becomeAnonymous = useCallback(async (reason: AnonymousReason) => {
    setCsrfToken(undefined);
    try {
      setState({ status: 'anonymous', setup: await getSetupStatus(), reason });
    } catch (error) {
      setState({ status: 'unreachable', error });
    }
  }, []);

  useEffect(() => {
    let isCurrent = true;
    void (async () => {
      try {
        const session = await getSession();
        if (!isCurrent) return;
        if (session) {
          setCsrfToken(session.csrfToken);
          // The account remembers the language across devices, so it wins over this browser's guess.
          await applyLanguage(i18n, session.user.language);
          setState({ status: 'active', session });
        } else {
          await becomeAnonymous('opened');
        }
      } catch (error) {
        if (isCurrent) setState({ status: 'unreachable', error });
      }
    })();
    return () => {
      isCurrent = false;
    };
  }, [attempt, becomeAnonymous]);

  useEffect(() => {
    onSessionExpired(() => void becomeAnonymous('expired'));
    return () => onSessionExpired(undefined);
  }, [becomeAnonymous]);

  const startSession = useCallback<SessionContextValue['startSession']>(
    async (session, options = {}) => {
      setCsrfToken(session.csrfToken);
      const shown = i18n.language as Language;
      if (options.keepShownLanguage && shown !== session.user.language) {
        // They chose this language on the login page just now; make the account agree.
        session = { ...session, user: { ...session.user, language: shown } };
        void saveLanguage(shown).catch(() => undefined);
      } else {
        await applyLanguage(i18n, session.user.language);
      }
      setState({ status: 'active', session });
    },
    [],
  );

  const endSession = useCallback(async () => {
    try {
      await logOutRequest();
    } finally {
      await becomeAnonymous('logged-out');
    }
  }, [becomeAnonymous]);

  const changeLanguage = useCallback<SessionContextValue['changeLanguage']>(
    async (language) => {
      await applyLanguage(i18n, language);
      if (state.status !== 'active') return;
      setState({ status: 'active', session: { ...state.session, user: { ...state.session.user, language } } });
      await saveLanguage(language);
    },
    [state],
  );

  const value = useMemo<SessionContextValue>(
    () => ({ state, startSession, endSession, changeLanguage, retry: () => {
        setState({ status: 'loading' });
        setAttempt((n) => n + 1);
      } }),
    [state, startSession, endSession, changeLanguage],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>.');
  return value;
}

/** The logged-in session; only for pages behind <RequireSession>. */
export function useActiveSession(): SessionInfo {
  const { state } = useSession();
  if (state.status !== 'active') throw new Error('useActiveSession needs a logged-in person.');
  return state.session;
}
