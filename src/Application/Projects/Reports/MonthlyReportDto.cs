using System.Linq.Expressions;
using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.Reports;

/// <summary>
/// One revision of a monthly report, as the project page and integrators read it. Amounts are yuan: a funds report's three source
/// classes and their total (<see cref="Amount"/>); an investment report's <see cref="Amount"/> alone (the classes 0).
/// <see cref="Counts"/> is true for the one revision of its month that counts in the sums (verified, not superseded).
/// </summary>
public sealed record MonthlyReportDto(
    Guid Id,
    Guid ProjectId,
    Guid UnitId,
    MonthlyReportKind Kind,
    int Year,
    int Month,
    decimal DomesticOutsideProvince,
    decimal HongKongMacaoTaiwan,
    decimal Foreign,
    decimal Amount,
    string? Note,
    MonthlyReportStatus Status,
    bool Counts,
    int Revision,
    Guid? SupersedesId,
    string? RejectionReason,
    DateTimeOffset SubmittedAt,
    string SubmittedByName,
    DateTimeOffset? DecidedAt,
    string? DecidedByName,
    string? ExternalReference,
    int Version);

public static class MonthlyReportProjections
{
    private static readonly Expression<Func<MonthlyReport, MonthlyReportDto>> Projection = r => new MonthlyReportDto(
        r.Id,
        r.ProjectId,
        r.UnitId,
        r.Kind,
        r.Year,
        r.Month,
        r.DomesticOutsideProvinceFen / 100m,
        r.HongKongMacaoTaiwanFen / 100m,
        r.ForeignFen / 100m,
        r.AmountFen / 100m,
        r.Note,
        r.Status,
        r.Status == MonthlyReportStatus.Verified,
        r.Revision,
        r.SupersedesId,
        r.RejectionReason,
        r.SubmittedAt,
        r.SubmittedByName,
        r.DecidedAt,
        r.DecidedByName,
        r.ExternalReference,
        r.Version);

    private static readonly Func<MonthlyReport, MonthlyReportDto> Compiled = Projection.Compile();

    public static IQueryable<MonthlyReportDto> ToDtos(this IQueryable<MonthlyReport> reports) => reports.Select(Projection);

    public static MonthlyReportDto ToDto(this MonthlyReport report) => Compiled(report);
}
