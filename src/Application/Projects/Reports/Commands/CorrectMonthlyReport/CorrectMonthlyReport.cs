using InvestPromo.Application.Filings;
using InvestPromo.Application.ReferenceData;
using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.Reports.Commands.CorrectMonthlyReport;

/// <summary>
/// 更正: a new revision (n + 1, Submitted) of a month's report, never an overwrite. Only the latest revision, once verified or
/// rejected, is corrected (<see cref="Version"/> is that revision's). Its kind and month are the corrected one's. A verified
/// revision keeps counting until the correction is verified; a rejected correction leaves it counting.
/// </summary>
public sealed record CorrectMonthlyReportCommand(
    Guid ProjectId,
    Guid ReportId,
    int Version,
    decimal? DomesticOutsideProvince,
    decimal? HongKongMacaoTaiwan,
    decimal? Foreign,
    decimal? Amount,
    string? Note,
    string? ExternalReference) : ICommand<MonthlyReportDto>, IMonthlyFigures;

public sealed class CorrectMonthlyReportValidator : AbstractValidator<CorrectMonthlyReportCommand>
{
    public CorrectMonthlyReportValidator()
    {
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
        MonthlyReportFigures.FigureRules(this);
    }
}

public sealed class CorrectMonthlyReportHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock, RegionOptions region, IWorkingCalendarSource calendars)
    : ICommandHandler<CorrectMonthlyReportCommand, MonthlyReportDto>
{
    public async ValueTask<MonthlyReportDto> Handle(CorrectMonthlyReportCommand command, CancellationToken cancellationToken)
    {
        var (project, previous) = await db.LoadReportForChangeAsync(user, command.ProjectId, command.ReportId, command.Version, cancellationToken);
        var now = clock.GetUtcNow();
        MonthlyReportFigures.CheckAmounts(previous.Kind, command);
        var split = MonthlyReportFigures.SplitOf(command);
        if (previous.Kind == MonthlyReportKind.FundsInPlace)
        {
            MonthlyReportFigures.CheckSources(project, region, split);
        }

        project.EnsureActive();
        if (await IsNotLatestAsync(previous, cancellationToken))
        {
            throw DomainRuleException.Conflict("report.not-latest", "A later revision of this month's report exists; correct the latest one.");
        }

        var caller = MonthlyReportFigures.CallerOf(user);
        var reference = string.IsNullOrWhiteSpace(command.ExternalReference) ? null : command.ExternalReference.Trim();
        await MonthlyReportFigures.CheckExternalReferenceAsync(db, caller, reference, cancellationToken);

        var correction = previous.Correct(project, split, command.Amount ?? 0, command.Note, reference, caller, user.Actor(), now);
        db.MonthlyReports.Add(correction);
        await MonthlyReportFigures.OpenVerificationAsync(db, calendars, project, correction, now, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (!cancellationToken.IsCancellationRequested)
        {
            // Two corrections of one revision at once: the unique revision index refuses the second.
            db.DiscardChanges();
            if (await IsNotLatestAsync(previous, cancellationToken))
            {
                throw DomainRuleException.Conflict("report.not-latest", "A later revision of this month's report exists; correct the latest one.");
            }

            await MonthlyReportFigures.CheckExternalReferenceAsync(db, caller, reference, cancellationToken);
            throw;
        }

        return correction.ToDto();
    }

    private Task<bool> IsNotLatestAsync(MonthlyReport report, CancellationToken ct) =>
        db.MonthlyReports.AsNoTracking().AnyAsync(
            r => r.ProjectId == report.ProjectId && r.Kind == report.Kind && r.Year == report.Year && r.Month == report.Month && r.Revision > report.Revision, ct);
}
