using InvestPromo.Application.Filings.Excel;
using InvestPromo.Domain.People;

namespace InvestPromo.Application.People.Natives;

/// <summary>
/// The directory's spreadsheet (export, import template, import): its columns in order. 产业链 holds a chain's name or code,
/// 所属商协会 an association's name, 城市代码 a region code (440300), 上市公司 是/否, 标签 tags separated by “、” or commas.
/// </summary>
public static class NativeSheets
{
    public const int MaxImportRows = FilingSheets.MaxImportRows;

    public static IReadOnlyList<FilingColumn> Columns { get; } =
    [
        new("name", new("姓名", "Name"), NotableNative.NameMaxLength),
        new("nativeCounty", new("籍贯（区县）", "Native county"), NotableNative.CountyMaxLength),
        new("company", new("单位", "Company"), NotableNative.CompanyMaxLength),
        new("position", new("职务", "Position"), NotableNative.PositionMaxLength),
        new("industryChainId", new("产业链", "Industry chain"), 100),
        new("cityRegionCode", new("城市代码", "City code"), NotableNative.RegionCodeMaxLength),
        new("associationId", new("所属商协会", "Association"), 200),
        new("isListed", new("上市公司", "Listed company"), 8),
        new("tags", new("标签", "Tags"), (NotableNative.TagMaxLength + 1) * NotableNative.MaxTags),
        new("phone", new("电话", "Phone"), NotableNative.ContactMaxLength),
        new("email", new("电子邮箱", "E-mail"), NotableNative.ContactMaxLength),
    ];

    /// <summary>The columns everyone reads (no phone and e-mail): the export's for a caller without contacts.</summary>
    public const int ContactColumns = 2;

    public static SpreadsheetReadLimits ReadLimits { get; } = new(MaxImportRows, Columns.Count + 1, Columns.Max(c => c.MaxLength));

    public static readonly Localized DataSheetName = new("在外知名人士", "Notable natives");

    public static readonly Localized Yes = new("是", "Yes");

    public static readonly Localized No = new("否", "No");

    public static int Index(string field)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Field == field)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(field), field, "Not a template column.");
    }

    public static IReadOnlyList<object?> Row(NativeDto n, bool contacts)
    {
        var row = new List<object?>
        {
            n.Name, n.NativeCounty, n.Company, n.Position, n.IndustryChainName, n.CityRegionCode, n.AssociationName,
            (n.IsListed ? Yes : No).Current, string.Join("、", n.Tags),
        };
        if (contacts)
        {
            row.AddRange([n.Phone, n.Email]);
        }

        return row;
    }
}
