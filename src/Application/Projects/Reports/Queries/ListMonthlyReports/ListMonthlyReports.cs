using InvestPromo.Domain.Projects;

namespace InvestPromo.Application.Projects.Reports.Queries.ListMonthlyReports;

/// <summary>A project's monthly reports, every revision (newest month first, then newest revision), of one kind or both.</summary>
public sealed record ListMonthlyReportsQuery(Guid ProjectId, MonthlyReportKind? Kind) : IQuery<IReadOnlyList<MonthlyReportDto>>;

public sealed class ListMonthlyReportsValidator : AbstractValidator<ListMonthlyReportsQuery>
{
    public ListMonthlyReportsValidator() => RuleFor(x => x.Kind).IsDefinedValue();
}

public sealed class ListMonthlyReportsHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<ListMonthlyReportsQuery, IReadOnlyList<MonthlyReportDto>>
{
    public async ValueTask<IReadOnlyList<MonthlyReportDto>> Handle(ListMonthlyReportsQuery query, CancellationToken cancellationToken)
    {
        if (!await db.TrackedProjects.AsNoTracking().VisibleTo(user).AnyAsync(p => p.Id == query.ProjectId, cancellationToken))
        {
            throw new NotFoundException(nameof(TrackedProject), query.ProjectId);
        }

        var reports = db.MonthlyReports.AsNoTracking().Where(r => r.ProjectId == query.ProjectId);
        if (query.Kind is { } kind)
        {
            reports = reports.Where(r => r.Kind == kind);
        }

        return await reports.OrderByDescending(r => r.Year).ThenByDescending(r => r.Month).ThenBy(r => r.Kind).ThenByDescending(r => r.Revision)
            .ToDtos().ToListAsync(cancellationToken);
    }
}
