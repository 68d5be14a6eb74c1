using System.Linq.Expressions;
using InvestPromo.Domain.Filings;
using Microsoft.EntityFrameworkCore.Query;

namespace InvestPromo.Application.Filings;

/// <summary>
/// When a review under way is overdue or due today, as the dashboard and the reviewers' digest count it (and the queue
/// marks it). Both read the deadline stored at submission by <see cref="Domain.Calendar.ReviewDeadline"/>: overdue from
/// its instant (<see cref="Filing.ReviewDueAt"/>, the end of the last day in China), due today while its last day
/// (<see cref="Filing.ReviewDueOn"/>) is today's China date and that instant has not come. Apply to filings under review.
/// </summary>
public static class ReviewDue
{
    public static Expression<Func<Filing, bool>> Overdue(DateTimeOffset now) => f => f.ReviewDueAt <= now;

    public static Expression<Func<Filing, bool>> Today(DateTimeOffset now)
    {
        var today = ChinaTime.DateOf(now);
        return f => f.ReviewDueOn == today && f.ReviewDueAt > now;
    }

    /// <summary><see cref="Overdue"/> or <see cref="Today"/>.</summary>
    public static Expression<Func<Filing, bool>> OverdueOrToday(DateTimeOffset now)
    {
        var overdue = Overdue(now);
        var dueToday = Today(now);
        var filing = overdue.Parameters[0];
        return Expression.Lambda<Func<Filing, bool>>(
            Expression.OrElse(overdue.Body, ReplacingExpressionVisitor.Replace(dueToday.Parameters[0], filing, dueToday.Body)), filing);
    }
}
