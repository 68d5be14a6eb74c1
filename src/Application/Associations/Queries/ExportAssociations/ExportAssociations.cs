using InvestPromo.Application.Filings.Excel;
using InvestPromo.Domain.Associations;

namespace InvestPromo.Application.Associations.Queries.ExportAssociations;

/// <summary>The registry list with the same filters as the list, every matching row, as an .xlsx file (officers' contacts for the center).</summary>
public sealed record ExportAssociationsQuery(
    AssociationKind? Kind = null,
    string? Search = null,
    AssociationStatus? Status = null,
    string? RegionCode = null,
    Guid? IndustryChainId = null) : IQuery<SpreadsheetFile>;

public sealed class ExportAssociationsValidator : AbstractValidator<ExportAssociationsQuery>
{
    public ExportAssociationsValidator()
    {
        RuleFor(x => x.Kind).IsDefinedValue();
        RuleFor(x => x.Status).IsDefinedValue();
        RuleFor(x => x.Search).MaximumLength(100);
        RuleFor(x => x.RegionCode).MaximumLength(16);
    }
}

public sealed class ExportAssociationsHandler(IApplicationDbContext db, ICurrentUser user, ISpreadsheets spreadsheets, TimeProvider clock)
    : IQueryHandler<ExportAssociationsQuery, SpreadsheetFile>
{
    private static readonly Localized ListName = new("商协会名录", "Associations");

    public async ValueTask<SpreadsheetFile> Handle(ExportAssociationsQuery query, CancellationToken cancellationToken)
    {
        var associations = db.Associations.AsNoTracking().Search(db, query.Kind, query.Status, query.RegionCode, query.IndustryChainId, query.Search);
        var count = await associations.CountAsync(cancellationToken);
        if (count > FilingSheets.MaxExportRows)
        {
            throw new LimitExceededException("export.too-many-rows", $"The export would hold {count} rows; at most {FilingSheets.MaxExportRows} are written. Narrow the filters.");
        }

        var english = Localized.IsEnglish(System.Globalization.CultureInfo.CurrentUICulture);
        var regions = await db.SourceRegions.AsNoTracking().ToDictionaryAsync(r => r.Code, r => english ? r.NameEn : r.Name, StringComparer.Ordinal, cancellationToken);
        var contacts = AssociationRegistry.MaySeeContacts(user, Guid.Empty);
        var headers = new List<Localized>
        {
            new("名称", "Name"), new("类型", "Kind"), new("状态", "Status"), new("所在地", "Home region"), new("成立日期", "Founded on"),
            new("会员数", "Members"), new("联系市领导", "Liaison leader"), new("会长", "President"), new("秘书长", "Secretary-general"),
            new("联络处数", "Offices"), new("四好商会评定", "Ratings"),
        };
        if (contacts)
        {
            headers.InsertRange(9, [new("会长联系方式", "President's contact"), new("秘书长联系方式", "Secretary-general's contact")]);
        }

        var rows = associations.InListOrder()
            .Select(a => new
            {
                a.Name, a.Kind, a.Status, a.HomeRegionCode, a.FoundedOn, a.MemberCount, a.LiaisonLeader,
                a.PresidentName, a.PresidentContact, a.SecretaryGeneralName, a.SecretaryGeneralContact,
                Offices = db.AssociationOffices.Count(o => o.AssociationId == a.Id),
                Ratings = db.AssociationRatings.Count(r => r.AssociationId == a.Id),
            })
            .AsAsyncEnumerable()
            .Select(a =>
            {
                var cells = new List<object?>
                {
                    a.Name, KindLabel(a.Kind).Current, StatusLabel(a.Status).Current,
                    a.HomeRegionCode is { } code ? regions.GetValueOrDefault(code) ?? code : null,
                    a.FoundedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    a.MemberCount, a.LiaisonLeader, a.PresidentName, a.SecretaryGeneralName, a.Offices, a.Ratings,
                };
                if (contacts)
                {
                    cells.InsertRange(9, [a.PresidentContact, a.SecretaryGeneralContact]);
                }

                return (IReadOnlyList<object?>)cells;
            });

        var now = clock.GetUtcNow();
        var sheet = SpreadsheetRows.Sheet(ListName.Current, headers.Select(h => h.Current), rows);
        var content = await spreadsheets.WriteAsync([sheet], cancellationToken);
        return new SpreadsheetFile(FilingSheets.FileName(ListName, now), content);
    }

    public static Localized KindLabel(AssociationKind kind) => kind switch
    {
        AssociationKind.HometownChamberElsewhere => new("异地商会", "Hometown chamber elsewhere"),
        AssociationKind.LocalChamberOfOtherRegion => new("外地在本市商会", "Chamber of another region"),
        AssociationKind.IndustryAssociation => new("行业协会", "Industry association"),
        AssociationKind.TownshipOrParkChamber => new("乡镇/园区商会", "Township or park chamber"),
        AssociationKind.AlumniAssociation => new("校友会", "Alumni association"),
        _ => new("海外社团", "Overseas association"),
    };

    public static Localized StatusLabel(AssociationStatus status) => status switch
    {
        AssociationStatus.Preparatory => new("筹备组", "Preparatory"),
        AssociationStatus.Established => new("已成立", "Established"),
        _ => new("已注销", "Dissolved"),
    };
}
