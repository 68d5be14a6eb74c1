using System.Threading.RateLimiting;
using InvestPromo.Api.Errors;
using InvestPromo.Infrastructure.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace InvestPromo.Api.Security;

/// <summary>Configuration section "RateLimiting": permits per minute.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimiting";

    /// <summary>Sign-in attempts per client address per minute.</summary>
    public int LoginPerMinute { get; set; } = 10;

    /// <summary>Anonymous reads (publications, calendar, the CSRF token) per client address per minute.</summary>
    public int PublicPerMinute { get; set; } = 120;

    /// <summary>Receipt-code lookups (<c>POST /api/public/objections/status</c>) per client address per minute: guessing codes is refused early.</summary>
    public int ReceiptLookupPerMinute { get; set; } = 10;

    /// <summary>Objections lodged (<c>POST /api/public/…/objections</c>) per client address per minute (the objection rules add their own daily limit).</summary>
    public int ObjectionPerMinute { get; set; } = 5;

    /// <summary>All requests per caller (user, key or address) per minute.</summary>
    public int GlobalPerMinute { get; set; } = 1200;
}

public static class RateLimits
{
    public const string Login = "login";
    public const string Public = "public";
    public const string ReceiptLookup = "public-receipt";
    public const string Objection = "public-objection";

    public static IServiceCollection AddRateLimits(this IServiceCollection services, RateLimitOptions limits) => services.AddRateLimiter(options =>
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.OnRejected = async (context, _) =>
        {
            if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
            {
                context.HttpContext.Response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            await Problems.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, "request.rate-limited");
        };
        // The limits that protect people (sign-in, receipt lookup, objection lodging) are counted in the database, shared by every
        // instance (SharedRateLimitWindows); the load limits (public reads, everything per caller) are counted in each process.
        options.AddPolicy(Login, context => Shared(context, Login, limits.LoginPerMinute));
        // Each policy counts in its own buckets: guessing receipt codes or lodging objections never uses up an address's reads.
        options.AddPolicy(Public, context => PerMinute(ClientAddress(context), limits.PublicPerMinute));
        options.AddPolicy(ReceiptLookup, context => Shared(context, ReceiptLookup, limits.ReceiptLookupPerMinute));
        options.AddPolicy(Objection, context => Shared(context, Objection, limits.ObjectionPerMinute));
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            PerMinute(context.User.Identity?.IsAuthenticated == true ? "user:" + context.User.Identity.Name : ClientAddress(context), limits.GlobalPerMinute));
    });

    /// <summary>
    /// Per client address per minute, counted in the database. The middleware first tries every limiter synchronously: the
    /// shared one declines that try, so a request of these policies also takes a second permit of the in-process global limit.
    /// </summary>
    private static RateLimitPartition<string> Shared(HttpContext context, string policy, int permits)
    {
        var windows = context.RequestServices.GetRequiredService<SharedRateLimitWindows>();
        return RateLimitPartition.Get(policy + "|" + ClientAddress(context), key => windows.Limiter(key, permits, TimeSpan.FromMinutes(1)));
    }

    private static RateLimitPartition<string> PerMinute(string key, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });

    private static string ClientAddress(HttpContext context) => "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
}
