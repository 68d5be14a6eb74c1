using System.Globalization;
using System.Security.Claims;
using InvestPromo.Api.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Time.Testing;

namespace InvestPromo.Api.IntegrationTests.Security;

/// <summary>The sign-in cookie's ticket is decrypted once per cookie value (issue 16), without sharing state between requests.</summary>
public sealed class CachedTicketFormatTests
{
    [Fact]
    public void A_cookie_is_decrypted_once_and_each_request_gets_its_own_copy()
    {
        var inner = new CountingFormat();
        var format = new CachedTicketFormat(inner, new FakeTimeProvider(DateTimeOffset.Parse("2026-12-07T08:00:00Z", CultureInfo.InvariantCulture)));

        var first = format.Unprotect("cookie-a")!;
        var second = format.Unprotect("cookie-a")!;

        Assert.Equal(1, inner.Calls);
        Assert.NotSame(first, second);
        Assert.NotSame(first.Principal, second.Principal);
        Assert.Equal("u1", second.Principal.FindFirstValue(ClaimTypes.NameIdentifier));
        // A claim added to one request's principal is not seen by the next request.
        ((ClaimsIdentity)first.Principal.Identity!).AddClaim(new Claim("extra", "1"));
        Assert.Null(format.Unprotect("cookie-a")!.Principal.FindFirst("extra"));
    }

    [Fact]
    public void A_ticket_is_decrypted_again_after_its_lifetime_and_per_purpose()
    {
        var inner = new CountingFormat();
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-07T08:00:00Z", CultureInfo.InvariantCulture));
        var format = new CachedTicketFormat(inner, clock);

        format.Unprotect("cookie-a");
        clock.Advance(CachedTicketFormat.Lifetime - TimeSpan.FromSeconds(1));
        format.Unprotect("cookie-a");
        Assert.Equal(1, inner.Calls);

        clock.Advance(TimeSpan.FromSeconds(1));
        format.Unprotect("cookie-a");
        Assert.Equal(2, inner.Calls);

        format.Unprotect("cookie-a", "other purpose");
        Assert.Equal(3, inner.Calls);
    }

    [Fact]
    public void An_unreadable_cookie_is_refused_every_time_and_not_remembered()
    {
        var inner = new CountingFormat();
        var format = new CachedTicketFormat(inner, TimeProvider.System);

        Assert.Null(format.Unprotect("forged"));
        Assert.Null(format.Unprotect("forged"));
        Assert.Null(format.Unprotect(string.Empty));
        Assert.Null(format.Unprotect(null));

        Assert.Equal(2, inner.Calls);
    }

    [Fact]
    public void Protecting_is_the_inner_format_s()
    {
        var inner = new CountingFormat();
        var format = new CachedTicketFormat(inner, TimeProvider.System);
        var ticket = CountingFormat.Ticket();

        Assert.Equal("protected", format.Protect(ticket));
        Assert.Equal("protected:p", format.Protect(ticket, "p"));
    }

    private sealed class CountingFormat : ISecureDataFormat<AuthenticationTicket>
    {
        public int Calls { get; private set; }

        public static AuthenticationTicket Ticket() =>
            new(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "u1")], "test")), "Identity.Application");

        public string Protect(AuthenticationTicket data) => "protected";

        public string Protect(AuthenticationTicket data, string? purpose) => "protected:" + purpose;

        public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

        public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
        {
            Calls++;
            return protectedText == "forged" ? null : Ticket();
        }
    }
}
