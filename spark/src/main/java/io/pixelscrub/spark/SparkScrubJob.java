package io.pixelscrub.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The scrub as a Spark job. Binary records are analysed per partition (pass 1); the analyses are grouped by series
 * key, so that every instance of a series meets in one group wherever its file was read, and each instance's
 * propagated regions are joined back to it by path; then each file is written per partition (pass 2), which yields
 * its report row; the rows are the Parquet report table.
 */
final class SparkScrubJob {

    /** Files larger than this are not carried as records: the task reads them from their path instead. */
    static final long DEFAULT_RECORD_BYTES = 256L << 20;

    private SparkScrubJob() {
    }

    /**
     * @param partitions pass-2 partitions, or 0 for four per core of the cluster (at most one per file)
     */
    static void run(SparkSession spark, JobSettings settings, String in, boolean seriesPropagation, int partitions,
                    long recordBytes, String table) {
        Dataset<Row> listed = spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(in);
        Dataset<Row> records = listed.filter(col("length").leq(recordBytes)).select(col("path"), col("content"))
                .union(listed.filter(col("length").gt(recordBytes))
                        .select(col("path"), lit(null).cast(DataTypes.BinaryType).as("content")));
        Dataset<Row> analysed = records.mapPartitions(new AnalysePass(settings), Encoders.row(AnalysePass.SCHEMA))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long files = analysed.count();
            Dataset<Row> work;
            if (seriesPropagation) {
                Dataset<Row> extras = analysed.filter(col("analysis").isNotNull().and(col("seriesKey").notEqual("")))
                        .groupByKey((MapFunction<Row, String>) r -> r.getString(1), Encoders.STRING())
                        .flatMapGroups(new SeriesExtras(settings), Encoders.row(SeriesExtras.SCHEMA));
                work = analysed.join(extras, CollectionConverters.asScala(List.of("path")).toSeq(), "left_outer");
            } else {
                work = analysed.withColumn("extras", lit(null).cast(DataTypes.StringType));
            }
            // The analyses are small, so Spark would pack them into a few partitions: spread the writing over the cores.
            int n = partitions > 0 ? partitions
                    : (int) Math.max(1, Math.min(files, spark.sparkContext().defaultParallelism() * 4L));
            work.repartition(n).mapPartitions(new ScrubPass(settings), Encoders.row(ReportTable.get().schema()))
                    .write().mode(SaveMode.ErrorIfExists).parquet(table);
        } finally {
            analysed.unpersist();
        }
    }
}
