using InvestPromo.Application.Filings;
using InvestPromo.Application.Projects.Verification;
using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.Reports.Commands.RejectMonthlyReport;

/// <summary>退回: a reviewer rejects a submitted report with a reason; it never counts, and the unit corrects it with a new revision.</summary>
public sealed record RejectMonthlyReportCommand(Guid ProjectId, Guid ReportId, int Version, string? Reason) : ICommand<MonthlyReportDto>;

public sealed class RejectMonthlyReportValidator : AbstractValidator<RejectMonthlyReportCommand>
{
    public RejectMonthlyReportValidator()
    {
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(MonthlyReport.ReasonMaxLength).MultiLineText();
    }
}

public sealed class RejectMonthlyReportHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RejectMonthlyReportCommand, MonthlyReportDto>
{
    public async ValueTask<MonthlyReportDto> Handle(RejectMonthlyReportCommand command, CancellationToken cancellationToken)
    {
        var (_, report) = await db.LoadReportForChangeAsync(user, command.ProjectId, command.ReportId, command.Version, cancellationToken);
        var now = clock.GetUtcNow();
        report.Reject(user.Actor(), now, command.Reason);
        await db.CloseVerificationAsync(MonthlyReportFigures.SubjectOf(report.Kind), report.Id, user.UserId, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return report.ToDto();
    }
}
