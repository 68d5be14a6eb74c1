using InvestPromo.Application.Filings.Excel;

namespace InvestPromo.Application.PromotionEvents.Queries.ExportPromotionEvents;

/// <summary>The event list with the same filters, every matching row the caller may see, as an .xlsx file.</summary>
public sealed record ExportPromotionEventsQuery(PromotionEventFilter? Filter = null) : IQuery<SpreadsheetFile>;

public sealed class ExportPromotionEventsValidator : AbstractValidator<ExportPromotionEventsQuery>
{
    public ExportPromotionEventsValidator() =>
        RuleFor(x => x.Filter!).SetValidator(new PromotionEventFilterValidator()).When(x => x.Filter is not null);
}

public sealed class ExportPromotionEventsHandler(IApplicationDbContext db, ICurrentUser user, ISpreadsheets spreadsheets, TimeProvider clock)
    : IQueryHandler<ExportPromotionEventsQuery, SpreadsheetFile>
{
    private static readonly Localized ListName = new("招商活动", "Promotion events");

    public async ValueTask<SpreadsheetFile> Handle(ExportPromotionEventsQuery query, CancellationToken cancellationToken)
    {
        var events = db.PromotionEvents.AsNoTracking().VisibleTo(user).Filter(query.Filter ?? new());
        var count = await events.CountAsync(cancellationToken);
        if (count > FilingSheets.MaxExportRows)
        {
            throw new LimitExceededException("export.too-many-rows", $"The export would hold {count} rows; at most {FilingSheets.MaxExportRows} are written. Narrow the filters.");
        }

        Localized[] headers =
        [
            new("活动名称", "Title"), new("类型", "Kind"), new("开始日期", "Starts on"), new("结束日期", "Ends on"), new("地点", "Place"),
            new("主办单位", "Organiser"), new("参与商协会", "Associations"), new("邀请企业数", "Companies invited"), new("邀请企业名单", "Invited companies"),
            new("关联线索数", "Leads"), new("现场签约项目数", "Signed projects"), new("状态", "Status"), new("提出商协会", "Proposed by"),
        ];
        var center = new Localized("投资促进中心", "The center").Current;
        var rows = events.InListOrder()
            .Select(e => new
            {
                e.Title, e.Kind, e.StartsOn, e.EndsOn, e.Place, e.InvitedCompanyCount, e.InvitedCompanyNames, e.Status,
                Unit = db.Units.IgnoreQueryFilters().Where(u => u.Id == e.OrganiserUnitId).Select(u => u.Name).FirstOrDefault(),
                Proposer = db.Associations.IgnoreQueryFilters().Where(a => a.Id == e.ProposedByAssociationId).Select(a => a.Name).FirstOrDefault(),
                Associations = e.Associations.Select(p => new
                {
                    p.Role,
                    Name = db.Associations.IgnoreQueryFilters().Where(a => a.Id == p.AssociationId).Select(a => a.Name).FirstOrDefault(),
                }).ToList(),
                Leads = e.Leads.Count,
                Projects = e.SignedProjects.Count,
            })
            .AsAsyncEnumerable()
            .Select(e => (IReadOnlyList<object?>)
            [
                e.Title, PromotionEventQueries.KindLabel(e.Kind).Current,
                e.StartsOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                e.EndsOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                e.Place, e.Unit ?? center,
                string.Join("；", e.Associations.Select(a => $"{a.Name}（{PromotionEventQueries.RoleLabel(a.Role).Current}）")),
                e.InvitedCompanyCount, e.InvitedCompanyNames?.Replace('\n', '；'), e.Leads, e.Projects,
                PromotionEventQueries.StatusLabel(e.Status).Current, e.Proposer,
            ]);

        var sheet = SpreadsheetRows.Sheet(ListName.Current, headers.Select(h => h.Current), rows);
        var content = await spreadsheets.WriteAsync([sheet], cancellationToken);
        return new SpreadsheetFile(FilingSheets.FileName(ListName, clock.GetUtcNow()), content);
    }
}
