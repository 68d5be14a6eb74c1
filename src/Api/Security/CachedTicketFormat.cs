using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace InvestPromo.Api.Security;

/// <summary>
/// The sign-in cookie's ticket, decrypted once per cookie value and then read from memory (issue 16: data protection's key
/// derivation, decryption and the ticket's deserialisation were repeated on every request of a session). A cookie value is
/// immutable, so its ticket is too: each request gets its own copy (<see cref="AuthenticationTicket.Clone"/>), and the cookie
/// handler still checks the ticket's expiry and <see cref="SessionCookieEvents"/> still checks the server-side session on every
/// request, so a signed-out or ended session is refused at once. Entries live <see cref="Lifetime"/>; at most
/// <see cref="Capacity"/> are kept (the whole cache is dropped when full: a cost, never a wrong answer).
/// </summary>
public sealed class CachedTicketFormat(ISecureDataFormat<AuthenticationTicket> inner, TimeProvider clock) : ISecureDataFormat<AuthenticationTicket>
{
    /// <summary>How long a decrypted ticket is kept: a key revoked from the key ring stops a cookie at most this late.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, (AuthenticationTicket Ticket, DateTimeOffset Until)> _tickets = new(StringComparer.Ordinal);

    public string Protect(AuthenticationTicket data) => inner.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        if (string.IsNullOrEmpty(protectedText))
        {
            return null;
        }

        var key = purpose is null ? protectedText : purpose + "\n" + protectedText;
        var now = clock.GetUtcNow();
        if (_tickets.TryGetValue(key, out var cached) && cached.Until > now)
        {
            return cached.Ticket.Clone();
        }

        var ticket = inner.Unprotect(protectedText, purpose);
        if (ticket is null)
        {
            return null; // a forged or unreadable cookie is decrypted (and refused) every time: nothing to remember
        }

        if (_tickets.Count >= Capacity)
        {
            _tickets.Clear();
        }

        _tickets[key] = (ticket.Clone(), now + Lifetime);
        return ticket;
    }

    /// <summary>Wraps the Identity cookie's ticket format once the cookie handler's own post-configuration has made it.</summary>
    internal sealed class Setup(TimeProvider clock) : IPostConfigureOptions<CookieAuthenticationOptions>
    {
        public void PostConfigure(string? name, CookieAuthenticationOptions options)
        {
            ArgumentNullException.ThrowIfNull(options);
            if (name == IdentityConstants.ApplicationScheme && options.TicketDataFormat is not CachedTicketFormat and not null)
            {
                options.TicketDataFormat = new CachedTicketFormat(options.TicketDataFormat, clock);
            }
        }
    }
}
