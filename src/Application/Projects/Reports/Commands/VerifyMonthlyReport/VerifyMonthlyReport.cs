using InvestPromo.Application.Filings;
using InvestPromo.Application.Projects.Verification;
using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.Reports.Commands.VerifyMonthlyReport;

/// <summary>
/// 核实: a reviewer verifies a submitted report; it counts from now on, in the month it is for. The earlier revisions of the same
/// month are superseded in the same save (the verified one they held stops counting), and the queue's task closes.
/// </summary>
public sealed record VerifyMonthlyReportCommand(Guid ProjectId, Guid ReportId, int Version) : ICommand<MonthlyReportDto>;

public sealed class VerifyMonthlyReportValidator : AbstractValidator<VerifyMonthlyReportCommand>
{
    public VerifyMonthlyReportValidator() => RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
}

public sealed class VerifyMonthlyReportHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<VerifyMonthlyReportCommand, MonthlyReportDto>
{
    public async ValueTask<MonthlyReportDto> Handle(VerifyMonthlyReportCommand command, CancellationToken cancellationToken)
    {
        var (_, report) = await db.LoadReportForChangeAsync(user, command.ProjectId, command.ReportId, command.Version, cancellationToken);
        var now = clock.GetUtcNow();
        report.Verify(user.Actor(), now);
        var earlier = await db.MonthlyReports
            .Where(r => r.ProjectId == report.ProjectId && r.Kind == report.Kind && r.Year == report.Year && r.Month == report.Month && r.Revision < report.Revision)
            .ToListAsync(cancellationToken);
        foreach (var old in earlier)
        {
            old.SupersedeBy(report);
        }

        await db.CloseVerificationAsync(MonthlyReportFigures.SubjectOf(report.Kind), report.Id, user.UserId, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return report.ToDto();
    }
}
