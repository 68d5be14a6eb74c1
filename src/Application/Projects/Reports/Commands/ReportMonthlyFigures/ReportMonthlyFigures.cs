using InvestPromo.Application.Filings;
using InvestPromo.Application.ReferenceData;
using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.Reports.Commands.ReportMonthlyFigures;

/// <summary>
/// 上报本月: the project's unit (or a read-write API key, or the spreadsheet import) reports a month's figure, revision 1:
/// funds in place split by source class (<see cref="DomesticOutsideProvince"/>, <see cref="HongKongMacaoTaiwan"/>,
/// <see cref="Foreign"/>; a class left out is 0) or fixed-asset investment completed (<see cref="Amount"/>). The report waits in
/// the verification queue. A month already reported is a 409 <c>report.duplicate-month</c>: a change goes through a correction.
/// </summary>
public sealed record ReportMonthlyFiguresCommand(
    Guid ProjectId,
    MonthlyReportKind Kind,
    int Year,
    int Month,
    decimal? DomesticOutsideProvince,
    decimal? HongKongMacaoTaiwan,
    decimal? Foreign,
    decimal? Amount,
    string? Note,
    string? ExternalReference) : ICommand<MonthlyReportDto>, IMonthlyFigures;

public sealed class ReportMonthlyFiguresValidator : AbstractValidator<ReportMonthlyFiguresCommand>
{
    public ReportMonthlyFiguresValidator()
    {
        RuleFor(x => x.Kind).IsDefinedValue();
        RuleFor(x => x.Year).InclusiveBetween(MonthlyReport.MinYear, MonthlyReport.MaxYear);
        RuleFor(x => x.Month).InclusiveBetween(1, 12);
        MonthlyReportFigures.FigureRules(this);
    }
}

public sealed class ReportMonthlyFiguresHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock, RegionOptions region, IWorkingCalendarSource calendars)
    : ICommandHandler<ReportMonthlyFiguresCommand, MonthlyReportDto>
{
    public async ValueTask<MonthlyReportDto> Handle(ReportMonthlyFiguresCommand command, CancellationToken cancellationToken)
    {
        var project = await db.TrackedProjects.VisibleTo(user).FirstOrDefaultAsync(p => p.Id == command.ProjectId, cancellationToken)
            ?? throw new NotFoundException(nameof(TrackedProject), command.ProjectId);
        var now = clock.GetUtcNow();
        MonthlyReportFigures.CheckAmounts(command.Kind, command);
        MonthlyReportFigures.CheckMonth(project, command.Year, command.Month, now);
        var split = MonthlyReportFigures.SplitOf(command);
        if (command.Kind == MonthlyReportKind.FundsInPlace)
        {
            MonthlyReportFigures.CheckSources(project, region, split);
        }

        project.EnsureActive();
        if (await ExistsAsync(command, cancellationToken))
        {
            throw MonthlyReportFigures.DuplicateMonth();
        }

        var caller = MonthlyReportFigures.CallerOf(user);
        var reference = string.IsNullOrWhiteSpace(command.ExternalReference) ? null : command.ExternalReference.Trim();
        await MonthlyReportFigures.CheckExternalReferenceAsync(db, caller, reference, cancellationToken);

        var report = command.Kind == MonthlyReportKind.FundsInPlace
            ? MonthlyReport.ReportFunds(project, command.Year, command.Month, split, command.Note, reference, caller, user.Actor(), now)
            : MonthlyReport.ReportInvestment(project, command.Year, command.Month, command.Amount ?? 0, command.Note, reference, caller, user.Actor(), now);
        db.MonthlyReports.Add(report);
        await MonthlyReportFigures.OpenVerificationAsync(db, calendars, project, report, now, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (!cancellationToken.IsCancellationRequested)
        {
            // Two first reports of one month at once (the unique revision index refuses the second), or one reference twice.
            db.DiscardChanges();
            if (await ExistsAsync(command, cancellationToken))
            {
                throw MonthlyReportFigures.DuplicateMonth();
            }

            await MonthlyReportFigures.CheckExternalReferenceAsync(db, caller, reference, cancellationToken);
            throw;
        }

        return report.ToDto();
    }

    private Task<bool> ExistsAsync(ReportMonthlyFiguresCommand command, CancellationToken ct) =>
        db.MonthlyReports.AsNoTracking().AnyAsync(r => r.ProjectId == command.ProjectId && r.Kind == command.Kind && r.Year == command.Year && r.Month == command.Month, ct);
}
