namespace InvestPromo.Application.Notifications;

public static class NotificationRecipientExtensions
{
    /// <summary>Notifications belong to users; an API key (no user) may not read or mark any.</summary>
    public static Guid RecipientId(this ICurrentUser user) =>
        user.UserId ?? throw new ForbiddenAccessException("Notifications belong to signed-in users.");
}
