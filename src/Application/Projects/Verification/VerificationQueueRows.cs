using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.Verification;

/// <summary>
/// One open item of the reviewers' verification queue: what to verify on which project, due like a filing's review. The project's
/// and unit's names are read in the same query; <see cref="IsOverdue"/> and <see cref="IsDueToday"/> are judged at the query's
/// instant in China time, as the filing queue marks them (overdue from <see cref="DueAt"/>, the end of the last day; due today
/// while <see cref="DueOn"/> is today and that instant has not come).
/// </summary>
public sealed record VerificationTaskDto(
    Guid Id,
    Guid ProjectId,
    string ProjectName,
    Guid UnitId,
    string UnitName,
    VerificationSubject Subject,
    Guid SubjectId,
    string Summary,
    DateTimeOffset SubmittedAt,
    DateOnly DueOn,
    DateTimeOffset DueAt,
    bool DueProvisional,
    bool IsOverdue,
    bool IsDueToday);

/// <summary>
/// The verification queue's filters, shared by the queue and its export, all optional: the subject (milestone, funds report,
/// investment report), the unit, and <see cref="Overdue"/> (true: only overdue tasks; false: only those not yet overdue).
/// </summary>
public sealed record VerificationQueueFilter(VerificationSubject? Subject = null, Guid? UnitId = null, bool? Overdue = null);

public static class VerificationQueueRows
{
    public static readonly Localized Name = new("核实队列", "Verification queue");

    public static Localized Label(VerificationSubject subject) => subject switch
    {
        VerificationSubject.Milestone => new("项目节点", "Milestone"),
        VerificationSubject.FundsReport => new("到位资金", "Funds in place"),
        VerificationSubject.InvestmentReport => new("固定资产投资", "Fixed-asset investment"),
        _ => new(subject.ToString(), subject.ToString()),
    };

    /// <summary>The filter's rules; errors name the field as the query string does.</summary>
    public static void AddVerificationFilterRules<T>(this AbstractValidator<T> validator, Func<T, VerificationQueueFilter> filter)
    {
        ArgumentNullException.ThrowIfNull(validator);
        validator.RuleFor(x => filter(x)).NotNull().OverridePropertyName("filter");
        validator.RuleFor(x => filter(x).Subject).IsDefinedValue().OverridePropertyName(nameof(VerificationQueueFilter.Subject));
    }

    /// <summary>
    /// The open tasks of projects the caller may see (a filer only its own unit's, <see cref="ProjectScope"/>), filtered, soonest
    /// deadline first, then earliest report, ties broken by id; each row with its project's and unit's names, in one query.
    /// </summary>
    public static IQueryable<VerificationTaskDto> Open(IApplicationDbContext db, ICurrentUser user, VerificationQueueFilter filter, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);
        var tasks = db.VerificationTasks.AsNoTracking().Where(t => t.IsOpen);
        if (filter.Subject is { } subject)
        {
            tasks = tasks.Where(t => t.Subject == subject);
        }

        if (filter.UnitId is { } unitId)
        {
            tasks = tasks.Where(t => t.UnitId == unitId);
        }

        if (filter.Overdue is { } overdue)
        {
            tasks = overdue ? tasks.Where(t => t.DueAt <= now) : tasks.Where(t => t.DueAt > now);
        }

        var today = ChinaTime.DateOf(now);
        return from t in tasks
               join p in db.TrackedProjects.AsNoTracking().VisibleTo(user) on t.ProjectId equals p.Id
               orderby t.DueAt, t.SubmittedAt, t.Id
               select new VerificationTaskDto(
                   t.Id,
                   t.ProjectId,
                   p.ProjectName,
                   t.UnitId,
                   db.Units.Where(u => u.Id == t.UnitId).Select(u => u.Name).FirstOrDefault() ?? string.Empty,
                   t.Subject,
                   t.SubjectId,
                   t.Summary,
                   t.SubmittedAt,
                   t.DueOn,
                   t.DueAt,
                   t.DueProvisional,
                   t.DueAt <= now,
                   t.DueOn == today && t.DueAt > now);
    }
}
