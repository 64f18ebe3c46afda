// Whether users reach the platform over HTTPS (directly or through a TLS-terminating proxy), as the
// deployment declares it in FAZHI_SECURE_COOKIE. The server cannot tell by itself behind a proxy,
// and guessing wrong either leaks the session cookie over HTTP or blanks the page on an intranet.
export type TlsSetting =
  | { readonly isValid: true; readonly isServedOverTls: boolean }
  | { readonly isValid: false; readonly message: string };

const ON = new Set(["true", "1"]);
const OFF = new Set(["", "false", "0"]);

export function tlsSettingFromEnv(env: NodeJS.ProcessEnv = process.env): TlsSetting {
  const value = (env.FAZHI_SECURE_COOKIE ?? "").trim().toLowerCase();
  if (ON.has(value)) return { isValid: true, isServedOverTls: true };
  if (OFF.has(value)) return { isValid: true, isServedOverTls: false };
  return {
    isValid: false,
    message: `FAZHI_SECURE_COOKIE 的值“${env.FAZHI_SECURE_COOKIE ?? ""}”无效：经 HTTPS 访问时设为 true（或 1），否则不设或设为 false（或 0）`,
  };
}
