using InvestPromo.Domain.Security;

namespace InvestPromo.Application.Auth;

/// <summary>
/// Configuration section "SignIn": failed sign-ins are throttled per user name and client address first, and an account is
/// locked outright only at a much higher count across addresses (logged, audited and shown to admins, who can unlock it).
/// </summary>
public sealed class SignInThrottleOptions
{
    public const string Section = "SignIn";

    /// <summary>Failures of one user name from one client address within <see cref="AddressWindowMinutes"/> before that pair is refused.</summary>
    public int AddressFailureLimit { get; set; } = 5;

    /// <summary>The pair's window, and how long the pair is then refused.</summary>
    public int AddressWindowMinutes { get; set; } = 15;

    /// <summary>Failures of one user name from all addresses within <see cref="AccountWindowMinutes"/> before the account is locked.</summary>
    public int AccountFailureLimit { get; set; } = 50;

    public int AccountWindowMinutes { get; set; } = 60;

    /// <summary>How long a locked account stays locked unless an admin unlocks it.</summary>
    public int AccountLockoutMinutes { get; set; } = 60;

    public SignInLimit AddressLimit => new(AddressFailureLimit, TimeSpan.FromMinutes(AddressWindowMinutes), TimeSpan.FromMinutes(AddressWindowMinutes));

    public SignInLimit AccountLimit => new(AccountFailureLimit, TimeSpan.FromMinutes(AccountWindowMinutes), TimeSpan.FromMinutes(AccountLockoutMinutes));

    /// <summary>The longest time a row can matter: housekeeping deletes rows older than this that are not locked.</summary>
    public TimeSpan LongestWindow => TimeSpan.FromMinutes(Math.Max(AddressWindowMinutes, AccountWindowMinutes));

    /// <summary>Checked at start-up: a zero or negative setting fails, naming it.</summary>
    public SignInThrottleOptions Validated()
    {
        foreach (var (name, value) in new[]
        {
            (nameof(AddressFailureLimit), AddressFailureLimit), (nameof(AddressWindowMinutes), AddressWindowMinutes),
            (nameof(AccountFailureLimit), AccountFailureLimit), (nameof(AccountWindowMinutes), AccountWindowMinutes),
            (nameof(AccountLockoutMinutes), AccountLockoutMinutes),
        })
        {
            if (value < 1)
            {
                throw new InvalidOperationException($"{Section}:{name} must be at least 1.");
            }
        }

        if (AccountFailureLimit <= AddressFailureLimit)
        {
            throw new InvalidOperationException($"{Section}:{nameof(AccountFailureLimit)} must be higher than {nameof(AddressFailureLimit)}, or one address could lock any account.");
        }

        return this;
    }
}
