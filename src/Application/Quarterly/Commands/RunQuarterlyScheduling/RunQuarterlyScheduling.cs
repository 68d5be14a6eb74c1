using InvestPromo.Application.Users;
using InvestPromo.Application.Webhooks;
using InvestPromo.Domain.Notifications;
using InvestPromo.Domain.Quarterly;
using InvestPromo.Domain.Targets;

namespace InvestPromo.Application.Quarterly.Commands.RunQuarterlyScheduling;

/// <summary>
/// The quarterly scheduling (季调度) of an ended quarter (a quarter not ended yet, China time, is 409 <c>quarterly.quarter-not-ended</c>):
/// builds the report (<see cref="QuarterlyReportBuilder"/>), stores it as an immutable snapshot and notifies every unit's filers
/// (<see cref="NotificationKind.QuarterlyReportReady"/>) and a lagging unit's filers of the targets that lag
/// (<see cref="NotificationKind.QuarterlyTargetsLagging"/>), all in one save (one transaction). <b>Idempotent</b>: without
/// <see cref="Again"/> a quarter already reported is left as it is and its latest report answered (two runs at once store one: the
/// unique (year, quarter, revision) refuses the second, which answers the first's). <see cref="Again"/> (an admin's "run again") stores
/// revision n + 1; two at once: the second is 409 <c>quarterly.run-conflict</c>.
/// </summary>
public sealed record RunQuarterlySchedulingCommand(int Year, int Quarter, bool Again = false) : ICommand<QuarterlyReportSummaryDto>;

public sealed class RunQuarterlySchedulingValidator : AbstractValidator<RunQuarterlySchedulingCommand>
{
    public RunQuarterlySchedulingValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(UnitTarget.MinYear, UnitTarget.MaxYear);
        RuleFor(x => x.Quarter).InclusiveBetween(1, 4);
    }
}

public sealed class RunQuarterlySchedulingHandler(
    IApplicationDbContext db, IUserAccounts users, ICurrentUser user, QuarterlyOptions options, QuarterlyScoring scoring, TimeProvider clock)
    : ICommandHandler<RunQuarterlySchedulingCommand, QuarterlyReportSummaryDto>
{
    public async ValueTask<QuarterlyReportSummaryDto> Handle(RunQuarterlySchedulingCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var quarter = new YearQuarter(command.Year, command.Quarter);
        if (!quarter.HasEnded(ChinaTime.DateOf(now)))
        {
            throw DomainRuleException.Conflict("quarterly.quarter-not-ended", "A quarter is reported once it has ended (China time).");
        }

        var latest = await LatestAsync(quarter, cancellationToken);
        if (latest is not null && !command.Again)
        {
            return latest.ToSummary(); // already reported: nothing to do
        }

        var content = await QuarterlyReportBuilder.BuildAsync(db, options, scoring, quarter, now, cancellationToken);
        var revision = (latest?.Revision ?? 0) + 1;
        var report = QuarterlyReport.Create(
            quarter, revision, scoring.TolerancePoints, command.Again ? QuarterlyReportTrigger.Admin : QuarterlyReportTrigger.Job, user.UserId,
            user.Name ?? new Localized("系统", "System").Current, content.Units.Count, content.Units.Count(u => u.Lagging), content.Serialize(), now);
        db.QuarterlyReports.Add(report);

        var notifications = new List<Notification>();
        foreach (var unit in content.Units)
        {
            var filers = await users.ActiveFilersOfUnitAsync(unit.UnitId, cancellationToken);
            foreach (var filer in filers)
            {
                notifications.Add(Notification.ForQuarterlyReport(filer, quarter.Year, quarter.Quarter, revision, quarter.End, now));
                if (unit.Lagging)
                {
                    notifications.Add(Notification.ForQuarterlyLagging(
                        filer, quarter.Year, quarter.Quarter, revision, quarter.End, [.. unit.LaggingMetrics.Select(TargetFigures.FieldOf)], now));
                }
            }
        }

        db.Notifications.AddRange(notifications);
        try
        {
            await db.SaveChangesAsync(cancellationToken); // the report and its notifications together, or nothing
        }
        catch (DbUpdateException) when (!cancellationToken.IsCancellationRequested)
        {
            // Nothing of this run was stored. If another run stored this revision at the same moment (the unique year, quarter,
            // revision), the job answers with theirs; if none did, the database refused for another reason: that error stands.
            WebhookOutbox.ForgetUnsaved(db);
            db.Entry(report).State = EntityState.Detached;
            foreach (var notification in notifications)
            {
                db.Entry(notification).State = EntityState.Detached;
            }

            var theirs = await LatestAsync(quarter, cancellationToken);
            if (theirs is null || theirs.Revision < revision)
            {
                throw;
            }

            if (command.Again)
            {
                throw DomainRuleException.Conflict("quarterly.run-conflict", "Someone else is generating this quarter's report right now; reload to see it.");
            }

            return theirs.ToSummary();
        }

        return report.ToSummary();
    }

    private Task<QuarterlyReport?> LatestAsync(YearQuarter quarter, CancellationToken ct) =>
        db.QuarterlyReports.AsNoTracking().Where(r => r.Year == quarter.Year && r.Quarter == quarter.Quarter)
            .OrderByDescending(r => r.Revision).FirstOrDefaultAsync(ct);
}
