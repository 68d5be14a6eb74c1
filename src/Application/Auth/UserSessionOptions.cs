namespace InvestPromo.Application.Auth;

/// <summary>Configuration section "Sessions": how long a sign-in lasts on the server (the auth cookie carries only its id).</summary>
public sealed class UserSessionOptions
{
    public const string Section = "Sessions";

    /// <summary>A session without a request for this many minutes has ended (default 30).</summary>
    public int IdleTimeoutMinutes { get; set; } = 30;

    /// <summary>A session ends this many hours after sign-in however active it is, "remember me" or not (default 8: a working day).</summary>
    public int AbsoluteLifetimeHours { get; set; } = 8;

    /// <summary>Housekeeping deletes sessions that ended (or lapsed) more than this many days ago (default 30).</summary>
    public int KeepEndedDays { get; set; } = 30;

    public TimeSpan IdleTimeout => TimeSpan.FromMinutes(IdleTimeoutMinutes);

    public TimeSpan AbsoluteLifetime => TimeSpan.FromHours(AbsoluteLifetimeHours);

    /// <summary>Refuses settings that make no sense, at start-up rather than at the first sign-in.</summary>
    public UserSessionOptions Validated()
    {
        if (IdleTimeoutMinutes < 1 || AbsoluteLifetimeHours < 1 || KeepEndedDays < 1)
        {
            throw new InvalidOperationException($"{Section}:{nameof(IdleTimeoutMinutes)}, {nameof(AbsoluteLifetimeHours)} and {nameof(KeepEndedDays)} must be at least 1.");
        }

        return this;
    }
}
