using InvestPromo.Application.Filings.Excel;
using InvestPromo.Application.People;
using InvestPromo.Application.People.Natives;

namespace InvestPromo.Application.Targeting.Queries.ExportTargeting;

/// <summary>按图索骥 as an .xlsx file: one sheet per group (associations, offices, member companies, notable natives).</summary>
public sealed record ExportTargetingQuery(string RegionCode, Guid? IndustryChainId = null) : IQuery<SpreadsheetFile>;

public sealed class ExportTargetingValidator : AbstractValidator<ExportTargetingQuery>
{
    public ExportTargetingValidator()
    {
        RuleFor(x => x.RegionCode).NotEmpty().MaximumLength(16).RegionCode();
    }
}

public sealed class ExportTargetingHandler(IApplicationDbContext db, ICurrentUser user, ISpreadsheets spreadsheets, TimeProvider clock)
    : IQueryHandler<ExportTargetingQuery, SpreadsheetFile>
{
    public async ValueTask<SpreadsheetFile> Handle(ExportTargetingQuery query, CancellationToken cancellationToken)
    {
        var result = await TargetingQueries.FindAsync(db, user, query.RegionCode, query.IndustryChainId, cancellationToken);
        var contacts = PeopleContacts.MaySee(user);
        static IEnumerable<string> H(params Localized[] headers) => headers.Select(h => h.Current);
        var sheets = new List<SpreadsheetSheet>
        {
            SpreadsheetRows.Sheet(new Localized("商协会", "Associations").Current,
                H(new("名称", "Name"), new("所在地", "Home region"), new("会员数", "Members"), new("联系市领导", "Liaison leader")),
                FilingSheets.AsRows(result.Associations.Select(a => (IReadOnlyList<object?>)[a.Name, a.HomeRegionName ?? a.HomeRegionCode, a.MemberCount, a.LiaisonLeader]))),
            SpreadsheetRows.Sheet(new Localized("联络处", "Offices").Current,
                H(new("商协会", "Association"), new("名称", "Name"), new("城市", "City"), new("联系人", "Contact"), new("联系电话", "Contact phone")),
                FilingSheets.AsRows(result.Offices.Select(o => (IReadOnlyList<object?>)[o.AssociationName, o.Name, o.CityName ?? o.CityRegionCode, o.ContactName, o.ContactPhone]))),
            SpreadsheetRows.Sheet(new Localized("会员企业", "Member companies").Current,
                H(new("企业", "Company"), new("商协会", "Association"), new("职务", "Position"), new("产业链", "Industry chain")),
                FilingSheets.AsRows(result.Members.Select(m => (IReadOnlyList<object?>)[m.CompanyName, m.AssociationName, m.Position, m.IndustryChainName]))),
            SpreadsheetRows.Sheet(NativeSheets.DataSheetName.Current,
                (contacts ? NativeSheets.Columns : NativeSheets.Columns.Take(NativeSheets.Columns.Count - NativeSheets.ContactColumns)).Select(c => c.Header.Current),
                FilingSheets.AsRows(result.Natives.Select(n => NativeSheets.Row(n, contacts)))),
        };
        var content = await spreadsheets.WriteAsync(sheets, cancellationToken);
        return new SpreadsheetFile(FilingSheets.FileName(new Localized($"按图索骥_{result.RegionName ?? result.RegionCode}", $"targeting_{result.RegionCode}"), clock.GetUtcNow()), content);
    }
}
