using InvestPromo.Domain.Notifications;

namespace InvestPromo.Application.Notifications;

/// <summary>
/// A notification for its recipient. The client words it from <see cref="Kind"/> and the parameters in the user's
/// language; <see cref="FilingId"/> is the link.
/// </summary>
public sealed record NotificationDto(
    Guid Id,
    NotificationKind Kind,
    Guid? FilingId,
    string? ProjectName,
    string? Reason,
    DateOnly? Date,
    int? DueToday,
    int? Overdue,
    IReadOnlyList<DigestFiling> Filings,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ReadAt,
    int? RevisitsDue,
    int? ProblemsOverdue,
    int? Year,
    int? Rank = null,
    decimal? Score = null);

public sealed record UnreadCountDto(int Count);

public static class NotificationMapping
{
    public static NotificationDto ToDto(this Notification notification)
    {
        var p = notification.Parameters;
        return new NotificationDto(notification.Id, notification.Kind, notification.FilingId, p.ProjectName, p.Reason, p.Date, p.DueToday, p.Overdue, p.Filings ?? [], notification.CreatedAt, notification.ReadAt, p.RevisitsDue, p.ProblemsOverdue, p.Year, p.Rank, p.Score);
    }
}
